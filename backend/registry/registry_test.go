package registry

import (
	"strings"
	"testing"
)

// Every option becomes a global CLI flag and most an environment variable:
// names must not collide across backends, and each backend says what it is.
func TestOptionsUniqueAndDescribed(t *testing.T) {
	flags, envs := map[string]string{}, map[string]string{}
	all := Default().All()
	if len(all) == 0 || all[0].Name != "lexicon" {
		t.Fatalf("the embedded lexicon must come first (the default)")
	}
	for _, in := range all {
		if in.Description == "" || in.New == nil {
			t.Errorf("%s: missing description or constructor", in.Name)
		}
		for _, o := range in.Options {
			if prev, ok := flags[o.Name]; ok {
				t.Errorf("option %s declared by %s and %s", o.Name, prev, in.Name)
			}
			flags[o.Name] = in.Name
			if o.Env != "" {
				if prev, ok := envs[o.Env]; ok {
					t.Errorf("environment variable %s used by %s and %s", o.Env, prev, in.Name)
				}
				envs[o.Env] = in.Name
			}
			if o.Secret && o.Default != "" {
				t.Errorf("%s: secret option %s has a default", in.Name, o.Name)
			}
			if strings.Contains(o.Name, " ") || o.Usage == "" {
				t.Errorf("%s: option %q badly declared", in.Name, o.Name)
			}
		}
	}
}

func TestLookupUnknownListsKnown(t *testing.T) {
	_, err := Default().Lookup("babelfish")
	if err == nil || !strings.Contains(err.Error(), "google-v3") || !strings.Contains(err.Error(), "lexicon") {
		t.Errorf("err = %v", err)
	}
}
