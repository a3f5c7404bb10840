package lexicon

import (
	"io/fs"
	"testing/fstest"
)

func fstestFS(m fstestMap) fs.FS {
	mf := fstest.MapFS{}
	for k, v := range m {
		mf[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return mf
}
