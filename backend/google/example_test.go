package google_test

import (
	"context"
	"fmt"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/fake"
	"github.com/tarjama/tarjama/backend/google"
)

// Example points the real v2 client at a local fake with
// --google-endpoint, as tests do; in production the endpoint is left at
// its default and the key comes from GOOGLE_API_KEY.
func Example() {
	srv := fake.NewGoogle(fake.Options{APIKey: "my-key"})
	defer srv.Close()

	c, err := google.New(context.Background(), backend.Config{"google-api-key": "my-key", "google-endpoint": srv.URL})
	if err != nil {
		panic(err)
	}
	defer c.Close()
	out, err := c.Translate(context.Background(), backend.Request{
		SrcLang: "ar", TgtLang: "en", Format: backend.HTML,
		Segments: []string{"مرحبا", `التقى <span translate="no">Biden</span>`},
	})
	if err != nil {
		panic(err)
	}
	for _, s := range out {
		fmt.Println(s)
	}
	r := srv.Requests()[0]
	fmt.Println(r.Method, r.KeyIn, len(r.Segments))
	fmt.Println(c.Limits().MaxSegments)
	// Output:
	// en:ابحرم
	// en: ىقتلا<span translate="no">Biden</span>
	// GET query 2
	// 128
}
