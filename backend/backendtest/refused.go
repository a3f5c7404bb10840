package backendtest

import (
	"net"
	"testing"
)

// RefusedURL returns an http URL on a loopback port nothing listens on, for
// tests of a backend that cannot be reached.
func RefusedURL(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr
}
