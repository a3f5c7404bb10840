package backend

import (
	"testing"
	"time"
)

func TestPolicyHelp(t *testing.T) {
	reg := NewRegistry(
		Info{Name: "a", Uncached: true},
		Info{Name: "b", Timeout: time.Minute, CharsPerMinute: 6000},
		Info{Name: "c", Timeout: time.Minute, CharsPerMinute: 6000},
		Info{Name: "d", Timeout: 90 * time.Second},
	)
	if got, want := reg.UncachedHelp(), "; not used for a unless given"; got != want {
		t.Errorf("UncachedHelp = %q, want %q", got, want)
	}
	if got, want := reg.QuotaHelp(), ", 6000 for b and c, else no limit"; got != want {
		t.Errorf("QuotaHelp = %q, want %q", got, want)
	}
	if got, want := reg.TimeoutHelp(), "1m, 1m30s for d, none for a"; got != want {
		t.Errorf("TimeoutHelp = %q, want %q", got, want)
	}
	if got := NewRegistry().QuotaHelp(); got != ": none declared" {
		t.Errorf("empty QuotaHelp = %q", got)
	}
}
