package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/tarjama/tarjama/report"
)

func reportCommand() *cli.Command {
	return &cli.Command{
		Name:      "report",
		Usage:     "write report.html (and report/, one page per document) for an output folder",
		ArgsUsage: "OUT_DIR",
		Description: "Reads OUT_DIR/report.json and OUT_DIR/corpus.jsonl, as translate writes them, and\n" +
			"writes OUT_DIR/report.html: the run summary, histograms of alignment and qe scores\n" +
			"and a sortable, filterable table of documents, each linking to a side-by-side page\n" +
			"under OUT_DIR/report/. The pages are self-contained and open from disk.\n\n" + exitCodesHelp,
		Action: func(c *cli.Context) error {
			if err := flagAfterArgs(c); err != nil {
				return err
			}
			if c.NArg() != 1 {
				return usageErrorf("report: want one OUT_DIR")
			}
			return runReportHTML(c.Context, c.Args().First(), c.App.Writer)
		},
	}
}

func runReportHTML(ctx context.Context, outDir string, stdout io.Writer) error {
	if fi, err := os.Stat(outDir); err != nil || !fi.IsDir() {
		return usageErrorf("report: %s is not an output folder", outDir)
	}
	if err := report.Write(ctx, outDir); err != nil {
		if errors.Is(err, report.ErrNoReport) {
			return usageErrorf("report: %s has no %s (run translate first)", outDir, report.ReportJSON)
		}
		return err
	}
	fmt.Fprintln(stdout, filepath.Join(outDir, report.IndexHTML))
	return nil
}
