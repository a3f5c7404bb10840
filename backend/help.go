package backend

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// UncachedHelp is the part of the --cache help naming the uncached
// backends: "; not used for a and b unless given", or "".
func (r *Registry) UncachedHelp() string {
	var names []string
	for _, in := range r.All() {
		if in.Uncached {
			names = append(names, in.Name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "; not used for " + joinNames(names) + " unless given"
}

// QuotaHelp is the part of the --chars-per-minute help listing the
// declared quotas: ", 6000 for a, else no limit" or ": none declared".
func (r *Registry) QuotaHelp() string {
	byQuota := map[int][]string{}
	var quotas []int
	for _, in := range r.All() {
		if q := in.CharsPerMinute; q > 0 {
			if byQuota[q] == nil {
				quotas = append(quotas, q)
			}
			byQuota[q] = append(byQuota[q], in.Name)
		}
	}
	if len(quotas) == 0 {
		return ": none declared"
	}
	var b strings.Builder
	for _, q := range quotas {
		fmt.Fprintf(&b, ", %d for %s", q, joinNames(byQuota[q]))
	}
	return b.String() + ", else no limit"
}

// TimeoutHelp is the default of --timeout as help text: the most common
// timeout bare, then the others from the shortest, "none" last.
func (r *Registry) TimeoutHelp() string {
	byTimeout := map[time.Duration][]string{}
	var ds []time.Duration
	for _, in := range r.All() {
		if byTimeout[in.Timeout] == nil {
			ds = append(ds, in.Timeout)
		}
		byTimeout[in.Timeout] = append(byTimeout[in.Timeout], in.Name)
	}
	if len(ds) == 0 {
		return "none"
	}
	common := slices.MaxFunc(ds, func(a, b time.Duration) int { return len(byTimeout[a]) - len(byTimeout[b]) })
	parts := []string{shortDuration(common)}
	slices.SortFunc(ds, func(a, b time.Duration) int {
		switch {
		case a == 0 || b == 0:
			return int(min(b, 1) - min(a, 1)) // 0 last
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	})
	for _, d := range ds {
		if d != common {
			parts = append(parts, shortDuration(d)+" for "+joinNames(byTimeout[d]))
		}
	}
	return strings.Join(parts, ", ")
}

func shortDuration(d time.Duration) string {
	if d == 0 {
		return "none"
	}
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// joinNames writes "a", "a and b", "a, b and c".
func joinNames(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
