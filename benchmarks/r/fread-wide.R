# The R side of the WDI bulk reading benchmark (docs/performance-io.md): data.table::fread on the
# very file ReadWdiBulkBenchmark reads, written by org.divide.bench.io.WdiBulkFile. Generates nothing.
# Run:
#   java -cp benchmarks/target/benchmarks.jar org.divide.bench.io.WdiBulkFile 1498 /tmp/wdi-bulk.csv
#   Rscript benchmarks/r/fread-wide.R /tmp/wdi-bulk.csv      (needs r-base-core and r-cran-data.table)
# The file has the World Bank's preamble, so fread starts at the header (skip = "Country Name", and
# header = TRUE, since the first rows are empty and would not tell a header from data).
# Prints, for 1 thread and for all threads, the elapsed times of 5 reads after one warm-up read,
# their minimum and the throughput at the minimum in MB/s (10^6 bytes); then, for context, the
# time of melting the table into long form without the empty cells (what a panel holds), which is
# not part of the comparison.
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript fread-wide.R FILE")
file <- args[1]
bytes <- file.size(file)
cat(sprintf("file %s: %d bytes; data.table %s; R %s\n", file, bytes, packageVersion("data.table"),
            getRversion()))

read <- function() fread(file, skip = "Country Name", header = TRUE, showProgress = FALSE)

run <- function(threads) {
  setDTthreads(threads)
  d <- read()
  stopifnot(nrow(d) > 0)
  times <- replicate(5, system.time(read())[["elapsed"]])
  cat(sprintf("fread, %d thread(s): %s s; min %.3f s = %.0f MB/s (%d rows, %d columns, %d values)\n",
              getDTthreads(), paste(sprintf("%.3f", times), collapse = " "), min(times),
              bytes / min(times) / 1e6, nrow(d), ncol(d),
              sum(!is.na(as.matrix(d[, grep("^[0-9]{4}$", names(d)), with = FALSE])))))
  d
}
invisible(run(1))
d <- run(0)  # 0: all logical cores
years <- grep("^[0-9]{4}$", names(d), value = TRUE)
melted <- system.time(long <- melt(d, id.vars = c("Country Code", "Indicator Code"), measure.vars = years,
                                   na.rm = TRUE))[["elapsed"]]
cat(sprintf("context: melt to long form without empty cells, %d threads: %.3f s (%d rows)\n",
            getDTthreads(), melted, nrow(long)))
