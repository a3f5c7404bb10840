package googlev3_test

import (
	"context"
	"fmt"

	"github.com/tarjama/tarjama/backend"
	"github.com/tarjama/tarjama/backend/fake"
	"github.com/tarjama/tarjama/backend/googlev3"
)

// Example uses the real apiv3 gRPC client against the in-process fake: an
// http:// --google-v3-endpoint means plaintext without credentials, as
// for an emulator. In production the endpoint is left at its default and
// Application Default Credentials are used.
func Example() {
	srv := fake.NewGoogleV3(fake.Options{})
	defer srv.Close()

	c, err := googlev3.New(context.Background(), backend.Config{"google-project": "my-project", "google-v3-endpoint": srv.URL})
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
	l := c.Limits()
	fmt.Println(l.MaxSegments, l.MaxChars)
	// Output:
	// en:ابحرم
	// en:اركش
	// 1024 30000
}
