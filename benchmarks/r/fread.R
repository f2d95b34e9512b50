# The R side of the long CSV reading benchmark (docs/performance-io.md): data.table::fread on the
# very file ReadLongCsvBenchmark reads, written by org.divide.bench.io.LongCsvFile. Generates nothing.
# Run:
#   java -cp benchmarks/target/benchmarks.jar org.divide.bench.io.LongCsvFile 5000000 /tmp/long.csv
#   Rscript benchmarks/r/fread.R /tmp/long.csv      (needs r-base-core and r-cran-data.table)
# Prints, for 1 thread and for all threads, the elapsed times of 5 reads after one warm-up read,
# their minimum and the throughput at the minimum in MB/s (10^6 bytes).
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript fread.R FILE")
file <- args[1]
bytes <- file.size(file)
cat(sprintf("file %s: %d bytes; data.table %s; R %s\n", file, bytes, packageVersion("data.table"),
            getRversion()))

run <- function(threads) {
  setDTthreads(threads)
  d <- fread(file, showProgress = FALSE)
  stopifnot(nrow(d) > 0)
  times <- replicate(5, system.time(fread(file, showProgress = FALSE))[["elapsed"]])
  cat(sprintf("fread, %d thread(s): %s s; min %.3f s = %.0f MB/s\n", getDTthreads(),
              paste(sprintf("%.3f", times), collapse = " "), min(times), bytes / min(times) / 1e6))
}
run(1)
run(0)  # 0: all logical cores
