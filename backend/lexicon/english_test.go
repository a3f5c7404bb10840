package lexicon

import "testing"

func TestEnglishInflection(t *testing.T) {
	for _, c := range []struct {
		f        func(string) string
		in, want string
	}{
		{plural, "city", "cities"}, {plural, "day", "days"}, {plural, "box", "boxes"}, {plural, "man", "men"},
		{plural, "forces", "forces"}, {plural, "minister of defence", "ministers of defence"}, {plural, "prime minister", "prime ministers"},
		{thirdSingular, "go", "goes"}, {thirdSingular, "try", "tries"}, {thirdSingular, "have", "has"}, {thirdSingular, "point out", "points out"},
		{gerund, "make", "making"}, {gerund, "stop", "stopping"}, {gerund, "die", "dying"}, {gerund, "see", "seeing"}, {gerund, "point out", "pointing out"}, {gerund, "open", "opening"}, {gerund, "plan", "planning"}, {gerund, "drop", "dropping"}, {gerund, "regret", "regretting"}, {gerund, "begin", "beginning"}, {gerund, "visit", "visiting"}, {gerund, "regret it", "regretting it"},
	} {
		if got := c.f(c.in); got != c.want {
			t.Errorf("%q → %q, want %q", c.in, got, c.want)
		}
	}
	if !startsWithVowelSound("hour") || startsWithVowelSound("university") || !startsWithVowelSound("attack") {
		t.Error("a/an choice")
	}
}

func TestFixArticles(t *testing.T) {
	for _, c := range []struct{ t, next, want string }{
		{"what a", "idea", "what an"},
		{"a idea", "", "an idea"},
		{"an big house", "", "a big house"},
		{"a university", "", "a university"},
		{"an hour", "", "an hour"},
		{"a", "FBI agent", "a"},
		{"a", "5 km", "a"},
		{"the area", "a", "the area"},
		{"such a", "", "such a"},
	} {
		if got := fixArticles(c.t, c.next); got != c.want {
			t.Errorf("fixArticles(%q, %q) = %q, want %q", c.t, c.next, got, c.want)
		}
	}
}

func TestAdverbOf(t *testing.T) {
	for in, want := range map[string]string{"calm": "calmly", "happy": "happily", "simple": "simply", "basic": "basically",
		"good": "well", "full": "fully", "true": "truly", "quick": "quickly", "well-known": "", "very big": "", "expelled": ""} {
		if got := adverbOf(in); got != want {
			t.Errorf("adverbOf(%q) = %q, want %q", in, got, want)
		}
	}
}
