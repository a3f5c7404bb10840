package cache

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/corpus"
	"github.com/tarjama/tarjama/internal/evaldata"
)

// TestTICO19Memory imports a real third-party TMX (srclang en) and serves
// it in the ar→en direction, then checks the import is not repeated.
func TestTICO19Memory(t *testing.T) {
	path := evaldata.Path(t, "tico19/all.en-ar.tmx")
	db, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	openTMX := func(p string) (PairReader, error) { return corpus.Open(p, corpus.OpenOptions{Format: corpus.TMX}) }
	start := time.Now()
	tm, err := db.LoadTM(ctx, path, openTMX)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("imported %d units in %s", tm.Units, time.Since(start).Round(time.Millisecond))
	if tm.Units < 3000 || tm.Units > 3071 {
		t.Fatalf("imported %d units, want about 3071", tm.Units)
	}
	if _, err := db.LoadTM(ctx, path, func(string) (PairReader, error) {
		t.Fatal("unchanged TMX re-imported")
		return nil, nil
	}); err != nil {
		t.Fatal(err)
	}
	f := &fake{}
	out, err := db.WrapWith(f, key, WrapOptions{TM: []TMFile{tm}}).Translate(ctx, backend.Request{SrcLang: "ar", TgtLang: "en",
		Segments: []string{"وينبغي علاج كل آلام الصدر بهذه الطريقة  خاصة في عمرك", "جملة ليست في الذاكرة"}})
	if err != nil {
		t.Fatal(err)
	}
	if out[0] != "and all chest pain should be treated this way especially with your age" {
		t.Fatalf("TM match: %q", out[0])
	}
	if n := f.n.Load(); n != 1 || len(f.sent()) != 1 {
		t.Fatalf("sent %q, want only the unknown sentence", f.sent())
	}
}
