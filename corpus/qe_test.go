package corpus

import (
	"bytes"
	"math"
	"reflect"
	"strings"
	"testing"
)

// TestQEField: "qe" in JSONL and the x-qe prop in TMX appear only when
// HasQE, and both read back; pairs without it are written as before (the
// golden files above do not change).
func TestQEField(t *testing.T) {
	p := Pair{ID: "d#1", Doc: "d", SrcLang: "ar", TgtLang: "en", Src: "نعم", Tgt: "yes", QE: 0.8125, HasQE: true}
	var jb bytes.Buffer
	writeAll(t, NewJSONLWriter(&jb), []Pair{p})
	if want := `{"id":"d#1","doc":"d","translation":{"ar":"نعم","en":"yes"},"qe":0.8125}` + "\n"; jb.String() != want {
		t.Errorf("jsonl: got %s want %s", jb.String(), want)
	}
	if got := readAll(t, NewJSONLReader(&jb)); !reflect.DeepEqual(got, []Pair{p}) {
		t.Errorf("jsonl round trip: got %+v", got)
	}
	var tb bytes.Buffer
	writeAll(t, NewTMXWriter(&tb, TMXHeader{CreationDate: testDate}), []Pair{p})
	if !strings.Contains(tb.String(), `<prop type="x-qe">0.8125</prop>`) {
		t.Errorf("tmx has no x-qe prop:\n%s", tb.String())
	}
	if got := readAll(t, NewTMXReader(&tb, "", "")); !reflect.DeepEqual(got, []Pair{p}) {
		t.Errorf("tmx round trip: got %+v", got)
	}
	p.QE = math.NaN()
	if err := NewJSONLWriter(&jb).Write(p); err == nil {
		t.Error("jsonl: NaN qe written")
	}
	if err := NewTMXWriter(&tb, TMXHeader{}).Write(p); err == nil {
		t.Error("tmx: NaN qe written")
	}
}
