package fake_test

import (
	"context"
	"strings"
	"testing"

	"cloud.google.com/go/translate/apiv3/translatepb"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"github.com/tarjama/tarjama/backend/fake"
)

func TestGoogleV3Wire(t *testing.T) {
	srv := fake.NewGoogleV3(fake.Options{APIKey: "k3", MaxSegments: 2})
	defer srv.Close()
	conn, err := grpc.NewClient(srv.Addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	c := translatepb.NewTranslationServiceClient(conn)
	withKey := metadata.AppendToOutgoingContext(context.Background(), "x-goog-api-key", "k3")
	req := &translatepb.TranslateTextRequest{Parent: "projects/p/locations/global", Contents: []string{"نص"}, TargetLanguageCode: "en", MimeType: "text/plain"}

	resp, err := c.TranslateText(withKey, req)
	if err != nil || len(resp.GetTranslations()) != 1 || resp.GetTranslations()[0].GetTranslatedText() != "en:صن" {
		t.Fatalf("TranslateText = %v, %v", resp, err)
	}
	for _, tc := range []struct {
		name string
		ctx  context.Context
		req  *translatepb.TranslateTextRequest
		code codes.Code
	}{
		{"no key", context.Background(), req, codes.Unauthenticated},
		{"bad parent", withKey, &translatepb.TranslateTextRequest{Parent: "p", Contents: []string{"a"}, TargetLanguageCode: "en"}, codes.InvalidArgument},
		{"too many", withKey, &translatepb.TranslateTextRequest{Parent: req.Parent, Contents: []string{"a", "b", "c"}, TargetLanguageCode: "en"}, codes.InvalidArgument},
		{"mime", withKey, &translatepb.TranslateTextRequest{Parent: req.Parent, Contents: []string{"a"}, TargetLanguageCode: "en", MimeType: "text/pdf"}, codes.InvalidArgument},
		{"glossary elsewhere", withKey, &translatepb.TranslateTextRequest{Parent: req.Parent, Contents: []string{"a"}, TargetLanguageCode: "en",
			GlossaryConfig: &translatepb.TranslateTextGlossaryConfig{Glossary: "projects/q/locations/us/glossaries/g"}}, codes.InvalidArgument},
	} {
		_, err := c.TranslateText(tc.ctx, tc.req)
		if status.Code(err) != tc.code {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.code)
		}
	}
	srv.FailNext(1, fake.Fault429)
	_, err = c.TranslateText(withKey, req)
	if st, _ := status.FromError(err); st.Code() != codes.ResourceExhausted || len(st.Details()) != 1 {
		t.Errorf("429: %v", err)
	}
	log := srv.Requests()
	if len(log) != 7 || log[0].KeyIn != "header" || !log[0].KeyOK || log[1].KeyOK || !strings.HasPrefix(log[0].Path, "projects/") {
		t.Errorf("log = %+v", log)
	}
}
