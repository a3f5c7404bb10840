package fake

import (
	"context"
	"net"
	"net/http"
	"strings"
	"time"

	"cloud.google.com/go/translate/apiv3/translatepb"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/tarjama/tarjama/backend"
)

// Google v3's limits as the fake enforces them by default.
const (
	GoogleV3MaxSegments = 1024
	GoogleV3MaxChars    = 30000
)

// GlossaryMark prefixes the glossary translations the v3 fake returns, so
// a test can tell that a backend used them.
const GlossaryMark = "[glossary]"

// NewGoogleV3 starts an in-process gRPC TranslationService (Cloud
// Translation v3) on a loopback listener. Server.URL is
// "http://127.0.0.1:port": plaintext, no authentication; the googlev3
// backend takes such an endpoint to mean exactly that. TranslateText
// checks parent ("projects/P/locations/L"), contents, mime type
// (text/plain or text/html) and limits (1024 segments, 30,000 code points:
// INVALID_ARGUMENT beyond). With a glossary_config it also fills
// glossary_translations, prefixed with GlossaryMark. When Options.APIKey is
// set, the "x-goog-api-key" metadata must match (UNAUTHENTICATED otherwise).
func NewGoogleV3(opts Options) *Server {
	s := newServer(opts)
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic("fake: listen on loopback: " + err.Error())
	}
	s.lis = lis
	s.grpc = grpc.NewServer()
	translatepb.RegisterTranslationServiceServer(s.grpc, &v3Service{s: s})
	go s.grpc.Serve(lis)
	s.Addr = lis.Addr().String()
	s.URL = "http://" + s.Addr
	return s
}

type v3Service struct {
	translatepb.UnimplementedTranslationServiceServer
	s *Server
}

func (v *v3Service) TranslateText(ctx context.Context, in *translatepb.TranslateTextRequest) (*translatepb.TranslateTextResponse, error) {
	s := v.s
	req := Request{Method: "TranslateText", Path: in.GetParent(), Segments: in.GetContents(),
		SrcLang: in.GetSourceLanguageCode(), TgtLang: in.GetTargetLanguageCode(), Model: in.GetModel(),
		Glossary: in.GetGlossaryConfig().GetGlossary(), Format: backend.Text}
	if in.GetMimeType() == "text/html" || in.GetMimeType() == "" {
		req.Format = backend.HTML
	}
	md, _ := metadata.FromIncomingContext(ctx)
	key := strings.Join(md.Get("x-goog-api-key"), "")
	if key != "" {
		req.KeyIn = "header"
	}
	req.KeyOK = s.opts.APIKey == "" || key == s.opts.APIKey
	fault, ok := s.begin(ctx, &req)
	if !ok {
		s.finish(req, 0, fault)
		return nil, status.FromContextError(ctx.Err()).Err()
	}
	fail := func(httpStatus int, err error) (*translatepb.TranslateTextResponse, error) {
		s.finish(req, httpStatus, fault)
		return nil, err
	}
	if !req.KeyOK || fault == FaultAuth {
		return fail(http.StatusUnauthorized, status.Error(codes.Unauthenticated, "Request had invalid authentication credentials."))
	}
	parts := strings.Split(in.GetParent(), "/")
	if len(parts) != 4 || parts[0] != "projects" || parts[2] != "locations" || parts[1] == "" || parts[3] == "" {
		return fail(http.StatusBadRequest, status.Errorf(codes.InvalidArgument, "Invalid 'parent': %q", in.GetParent()))
	}
	if mt := in.GetMimeType(); mt != "" && mt != "text/plain" && mt != "text/html" {
		return fail(http.StatusBadRequest, status.Errorf(codes.InvalidArgument, "Unsupported mime type %q", mt))
	}
	if len(req.Segments) == 0 || req.TgtLang == "" {
		return fail(http.StatusBadRequest, status.Error(codes.InvalidArgument, "Empty contents or target language"))
	}
	if max := limit(s.opts.MaxSegments, GoogleV3MaxSegments); max > 0 && len(req.Segments) > max {
		return fail(http.StatusBadRequest, status.Errorf(codes.InvalidArgument, "Number of text segments exceeds the limit of %d", max))
	}
	if max := limit(s.opts.MaxChars, GoogleV3MaxChars); max > 0 && countChars(req.Segments) > max {
		return fail(http.StatusBadRequest, status.Errorf(codes.InvalidArgument, "Text is too long (limit %d code points)", max))
	}
	if g := req.Glossary; g != "" && !strings.HasPrefix(g, in.GetParent()+"/glossaries/") {
		return fail(http.StatusBadRequest, status.Errorf(codes.InvalidArgument, "Glossary %q is not in %s", g, in.GetParent()))
	}
	switch fault {
	case Fault429, FaultRateLimit:
		st, _ := status.New(codes.ResourceExhausted, "Quota exceeded for quota metric 'v3 general model characters'").
			WithDetails(&errdetails.RetryInfo{RetryDelay: durationpb.New(time.Duration(s.opts.RetryAfter))})
		return fail(http.StatusTooManyRequests, st.Err())
	case Fault503:
		return fail(http.StatusServiceUnavailable, status.Error(codes.Unavailable, "The service is currently unavailable."))
	case FaultTruncated, FaultMalformed:
		// gRPC frames its messages, so a cut or garbled body surfaces
		// to the client as an INTERNAL transport error.
		return fail(http.StatusInternalServerError, status.Error(codes.Internal, "grpc: failed to unmarshal the received message"))
	case FaultBadRequest:
		return fail(http.StatusBadRequest, status.Error(codes.InvalidArgument, "Target language is invalid."))
	case FaultTimeout:
		s.hang(ctx)
		s.finish(req, 0, fault)
		return nil, status.FromContextError(ctx.Err()).Err()
	}
	out := s.translateAll(&req)
	if fault == FaultCount {
		out = out[:len(out)-1]
	}
	resp := &translatepb.TranslateTextResponse{}
	for _, t := range out {
		resp.Translations = append(resp.Translations, &translatepb.Translation{TranslatedText: t, Model: in.GetModel()})
		if req.Glossary != "" {
			resp.GlossaryTranslations = append(resp.GlossaryTranslations, &translatepb.Translation{
				TranslatedText: GlossaryMark + t, GlossaryConfig: in.GetGlossaryConfig()})
		}
	}
	s.finish(req, http.StatusOK, fault)
	return resp, nil
}
