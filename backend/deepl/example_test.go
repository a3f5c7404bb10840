package deepl_test

import (
	"context"
	"fmt"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/deepl"
	"github.com/tarjama/tarjama/backend/fake"
)

// Example points the client at a local fake with --deepl-endpoint; in
// production the endpoint follows from the key (":fx" keys use the free
// API) and the key comes from DEEPL_AUTH_KEY.
func Example() {
	srv := fake.NewDeepL(fake.Options{APIKey: "my-key:fx"})
	defer srv.Close()

	c, err := deepl.New(backend.Config{"deepl-auth-key": "my-key:fx", "deepl-endpoint": srv.URL})
	if err != nil {
		panic(err)
	}
	defer c.Close()
	out, err := c.Translate(context.Background(), backend.Request{
		SrcLang: "ar", TgtLang: "en", Segments: []string{"مرحبا", "شكرا"},
	})
	if err != nil {
		panic(err)
	}
	for _, s := range out {
		fmt.Println(s)
	}
	r := srv.Requests()[0]
	fmt.Println(r.Method, r.Path, r.KeyIn, len(r.Segments))
	fmt.Println(c.Limits().MaxSegments)
	// Output:
	// en:ابحرم
	// en:اركش
	// POST /v2/translate header 2
	// 50
}
