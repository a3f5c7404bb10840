// Package command is the backend for a local translation program — a
// Marian, CTranslate2 or Bergamot translator, or any filter — that reads
// one segment per line on stdin and writes one translation per line on
// stdout, in order.
//
// Options (flag / environment variable):
//
//	--command              TARJAMA_COMMAND              program and arguments: a JSON array
//	                                                    ["marian-decoder","-c","ar-en.yml"] or a
//	                                                    space-separated list with quotes; never
//	                                                    run through a shell
//	--command-timeout      TARJAMA_COMMAND_TIMEOUT      longest wait for one batch's output,
//	                                                    default 2m
//	--command-batch-limit  TARJAMA_COMMAND_BATCH_LIMIT  segments per batch, default 64
//
// The program is started on first use and kept running across batches;
// batches go one at a time (the protocol has no request ids). Input is
// written while output is read, so a program that answers line by line
// never deadlocks on full pipes. A segment containing line breaks is sent
// escaped (backslash doubled, newline as \n) and its output line
// unescaped; every other segment is sent byte for byte.
//
// When the program dies mid-batch, times out, the context is cancelled
// mid-batch, or it writes lines nobody asked for, that process is killed
// and the next batch starts a fresh one, so stray output never shifts a
// batch. Such failures are transient *backend.Error values carrying the
// end of the program's stderr; a program that cannot be started is a
// permanent error. Close closes stdin and kills the program if it has not
// exited within three seconds.
package command
