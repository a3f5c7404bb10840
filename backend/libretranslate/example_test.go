package libretranslate_test

import (
	"context"
	"fmt"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/fake"
	"github.com/tarjama/tarjama/backend/libretranslate"
)

// Example talks to a local fake as it would to a self-hosted server
// (--libretranslate-url); the per-request limits follow the server's own
// --batch-limit and --char-limit when given.
func Example() {
	srv := fake.NewLibreTranslate(fake.Options{})
	defer srv.Close()

	c, err := libretranslate.New(backend.Config{"libretranslate-url": srv.URL, "libretranslate-batch-limit": "8"})
	if err != nil {
		panic(err)
	}
	out, err := c.Translate(context.Background(), backend.Request{
		SrcLang: "ar", TgtLang: "en", Segments: []string{"مرحبا", "شكرا"},
	})
	if err != nil {
		panic(err)
	}
	for _, s := range out {
		fmt.Println(s)
	}
	fmt.Println(srv.Stats().Requests, c.Limits().MaxSegments, c.Limits().MaxChars)
	// Output:
	// en:ابحرم
	// en:اركش
	// 1 8 5000
}
