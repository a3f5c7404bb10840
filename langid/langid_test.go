package langid

import (
	"encoding/json"
	"os"
	"testing"
)

type testCase struct {
	Name string `json:"name"`
	Text string `json:"text"`
	Want string `json:"want"`
}

func loadCases(tb testing.TB) []testCase {
	tb.Helper()
	data, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		tb.Fatal(err)
	}
	var cases []testCase
	if err := json.Unmarshal(data, &cases); err != nil {
		tb.Fatal(err)
	}
	return cases
}

func TestCases(t *testing.T) {
	id, err := New(Options{Langs: []string{"ar", "fa", "ur", "en", "fr", "de", "es", "tr"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range loadCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			got, conf := id.Identify(c.Text)
			if got != c.Want {
				t.Errorf("Identify(%q) = %q (confidence %.2f), want %q", c.Text, got, conf, c.Want)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	id, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, want string
		v          Verdict
	}{
		{"The office announced that the meeting will be held next Thursday.", "en-GB", Match},
		{"Le président a rencontré le premier ministre hier.", "en", Mismatch},
		{"رئیس جمهور روز پنجشنبه با وزیر امور خارجه در تهران دیدار کرد.", "ar", Mismatch},
		{"OK", "ar", Abstain},
	} {
		if got := id.Check(c.text, c.want); got != c.v {
			t.Errorf("Check(%q, %s) = %v, want %v", c.text, c.want, got, c.v)
		}
	}
}

func TestUnknownLanguage(t *testing.T) {
	if _, err := New(Options{Langs: []string{"en", "xx"}}); err == nil {
		t.Error("want an error for xx")
	}
	id, err := New(Options{Langs: []string{"en", "fa"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := id.Codes(); got != "en,fa" {
		t.Errorf("Codes = %q", got)
	}
}

func BenchmarkIdentify(b *testing.B) {
	id, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	cases := loadCases(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		id.Identify(cases[i%len(cases)].Text)
	}
}

func BenchmarkIdentifyPairSides(b *testing.B) {
	src, err := New(Options{Langs: []string{"ar", "fa", "ur"}})
	if err != nil {
		b.Fatal(err)
	}
	tgt, err := New(Options{Langs: []string{"en", "fr", "de", "es", "tr"}})
	if err != nil {
		b.Fatal(err)
	}
	ar := "أعلن مكتب الرئيس أن الاجتماع سيعقد في العاصمة يوم الخميس المقبل وسط مناقشات حول انسحاب القوات."
	en := "The office announced that the meeting will be held in the capital next Thursday amid talks on the withdrawal of forces."
	b.Run("ar", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			src.Identify(ar)
		}
	})
	b.Run("en", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			tgt.Identify(en)
		}
	})
}
