package filter

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzNearKey: NearKey is idempotent, valid UTF-8, never longer than
// Normalize, and blind to white space and digits' values.
func FuzzNearKey(f *testing.F) {
	for _, s := range []string{"Killed 5 people.", "قُتِلَ ٥ أشخاص", "کتاب کبیر", "", "12ab34", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := NearKey(s)
		if !utf8.ValidString(k) && utf8.ValidString(s) {
			t.Fatalf("NearKey(%q) = %q is not UTF-8", s, k)
		}
		if NearKey(k) != k {
			t.Fatalf("not idempotent: %q → %q → %q", s, k, NearKey(k))
		}
		if len(k) > len(Normalize(s)) {
			t.Fatalf("longer than Normalize: %q", s)
		}
		if NearKey(" "+s+"\t") != k {
			t.Fatalf("white space changes the key of %q", s)
		}
		if NearKey(strings.NewReplacer("1", "7", "2", "9").Replace(s)) != k {
			t.Fatalf("digits change the key of %q", s)
		}
	})
}
