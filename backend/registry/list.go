package registry

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/tarjama/tarjama/backend"
)

// OptionEntry is one option of a backend in the listing.
type OptionEntry struct {
	Flag    string `json:"flag"`
	Env     string `json:"env,omitempty"`
	Usage   string `json:"usage"`
	Default string `json:"default,omitempty"`
	Secret  bool   `json:"secret"`
	// Set says whether the environment variable is set; values are never listed.
	Set bool `json:"set"`
}

// LimitsEntry is a backend's per-request limits in the listing.
type LimitsEntry struct {
	MaxSegments int `json:"max_segments,omitempty"`
	MaxChars    int `json:"max_chars,omitempty"`
	MaxBytes    int `json:"max_bytes,omitempty"`
}

// Entry is one backend in the listing of `tarjama backends`.
type Entry struct {
	Name        string        `json:"name"`
	Description string        `json:"description"`
	Default     bool          `json:"default"`
	Limits      LimitsEntry   `json:"limits"`
	PriceUSD    *float64      `json:"usd_per_million_chars,omitempty"`
	PriceNote   string        `json:"price_note,omitempty"`
	Options     []OptionEntry `json:"options"`
}

// Entries describes every backend of reg, the first as the default;
// getenv tells whether each option's environment variable is set (values
// are never listed, secret defaults neither).
func Entries(reg *backend.Registry, getenv func(string) string) []Entry {
	list := []Entry{}
	for i, in := range reg.All() {
		b := Entry{Name: in.Name, Description: in.Description, Default: i == 0, Options: []OptionEntry{},
			Limits: LimitsEntry{in.Limits.MaxSegments, in.Limits.MaxChars, in.Limits.MaxBytes}}
		if p := in.Price; p != nil {
			usd := p.USDPerMillion
			b.PriceUSD, b.PriceNote = &usd, p.Note
		}
		for _, o := range in.Options {
			oj := OptionEntry{Flag: "--" + o.Name, Env: o.Env, Usage: o.Usage, Secret: o.Secret, Set: o.Env != "" && getenv(o.Env) != ""}
			if !o.Secret {
				oj.Default = o.Default
			}
			b.Options = append(b.Options, oj)
		}
		list = append(list, b)
	}
	return list
}

// Write lists the backends of reg on w as "text" or as indented "json".
func Write(w io.Writer, reg *backend.Registry, format string, getenv func(string) string) error {
	list := Entries(reg, getenv)
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	}
	var sb strings.Builder
	for i, b := range list {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(b.Name)
		if b.Default {
			sb.WriteString(" (default)")
		}
		fmt.Fprintf(&sb, "\n  %s\n", b.Description)
		fmt.Fprintf(&sb, "  limits per request: %s\n", limitsText(b.Limits))
		if b.PriceUSD != nil {
			fmt.Fprintf(&sb, "  price: $%.2f per million characters (%s)\n", *b.PriceUSD, b.PriceNote)
		}
		if len(b.Options) == 0 {
			sb.WriteString("  options: none\n")
			continue
		}
		sb.WriteString("  options:\n")
		for _, o := range b.Options {
			fmt.Fprintf(&sb, "    %s", o.Flag)
			if o.Env != "" {
				fmt.Fprintf(&sb, "  $%s", o.Env)
			}
			fmt.Fprintf(&sb, "\n        %s", o.Usage)
			switch {
			case o.Secret && o.Set:
				sb.WriteString(" (secret; set in the environment)")
			case o.Secret:
				sb.WriteString(" (secret)")
			case o.Default != "":
				fmt.Fprintf(&sb, " (default %q)", o.Default)
			}
			sb.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

func limitsText(l LimitsEntry) string {
	var parts []string
	if l.MaxSegments > 0 {
		parts = append(parts, fmt.Sprintf("%d segments", l.MaxSegments))
	}
	if l.MaxChars > 0 {
		parts = append(parts, fmt.Sprintf("%d characters", l.MaxChars))
	}
	if l.MaxBytes > 0 {
		// MaxBytes is the room the request size limit (a 2,000-byte URL for
		// Google v2) leaves for the escaped text.
		parts = append(parts, fmt.Sprintf("%d bytes of escaped text (what the request size limit leaves)", l.MaxBytes))
	}
	if len(parts) == 0 {
		return "none declared"
	}
	return strings.Join(parts, ", ")
}
