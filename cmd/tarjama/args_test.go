package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestFlagsFirst(t *testing.T) {
	cmds := newApp(nil, nil, nil).Commands
	cases := []struct{ in, want string }{
		{"translate dir --out x --quiet", "translate --out x --quiet dir"},
		{"translate --out x dir", "translate --out x dir"},
		{"translate a b --format=tmx -j 2", "translate --format=tmx -j 2 a b"},
		{"translate - --out x", "translate --out x -"},
		{"translate a -- --weird-name.txt", "translate -- a --weird-name.txt"},
		{"translate --out x -- -a.txt", "translate --out x -- -a.txt"},
		{"translate a --min-score -1", "translate --min-score -1 a"},
		{"glossary add ماكغورك McGurk --note envoy", "glossary add --note envoy ماكغورك McGurk"},
		{"glossary --glossary g.tsv list --format json", "glossary --glossary g.tsv list --format json"},
		{"segment --lang ar", "segment --lang ar"},
	}
	for _, c := range cases {
		got := flagsFirst(cmds, append([]string{"tarjama"}, strings.Fields(c.in)...))[1:]
		if want := strings.Fields(c.want); !reflect.DeepEqual(got, want) {
			t.Errorf("%q → %q, want %q", c.in, got, want)
		}
	}
}
