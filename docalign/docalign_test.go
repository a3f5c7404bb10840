package docalign

import (
	"context"
	"slices"
	"testing"
)

func TestAlignWithoutTranslator(t *testing.T) {
	src := []Doc{
		{"s1", "The council approved the 2024 budget of 3,500,000 dollars for schools."},
		{"s2", "Heavy snow closed the mountain roads near Innsbruck for two days."},
		{"s3", "A completely unrelated recipe for lentil soup with cumin."},
	}
	tgt := []Doc{
		{"t1", "Heavy snow closed mountain roads near Innsbruck for two days, police said."},
		{"t2", "The council approved its 2024 budget: 3500000 dollars for the schools."},
		{"t3", "Quantum computers factor numbers with qubits."},
	}
	pairs, err := Align(context.Background(), src, tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range pairs {
		got = append(got, p.Src.Path+"="+p.Tgt.Path)
		if !(p.Score > 0 && p.Score <= 1) {
			t.Errorf("score %v", p.Score)
		}
	}
	if want := []string{"s1=t2", "s2=t1"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestWords(t *testing.T) {
	got := words(nil, "Visit https://example.org/a. In ١٬٢٣٤ cases, COVID-19 rose 3.5%!")
	want := []string{"visit", "https://example.org/a", "in", "1234", "cases", "covid", "19", "rose", "35"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Align(ctx, []Doc{{"a", "x y"}}, []Doc{{"b", "x y"}}, Options{}); err == nil {
		t.Error("no error on a cancelled context")
	}
}
