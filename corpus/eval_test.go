package corpus

import (
	"path/filepath"
	"testing"

	"github.com/tarjama/tarjama/internal/evaldata"
)

func evalDir(t testing.TB) string {
	t.Helper()
	return filepath.Dir(filepath.Dir(evaldata.Path(t, "tmx/tmx14.dtd")))
}
