package main

import (
	"io"

	bar "github.com/tarjama/tarjama/internal/progress"
)

// progress is translate's progress bar on a terminal (internal/progress).
type progress = bar.Bar

func newProgress(total int, w io.Writer) *progress { return bar.New(total, w) }
