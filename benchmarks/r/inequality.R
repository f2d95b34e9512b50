# The R side of the inequality benchmarks (docs/performance-inequality.md): the same work as
# org.divide.bench.inequality.InequalityBenchmark on the same kind of data, timed in R.
# Run: Rscript benchmarks/r/inequality.R [n]   (needs r-base-core and r-cran-laeken)
# Prints the best of 3 elapsed times (after one warm-up run) in seconds.
suppressPackageStartupMessages(library(laeken))
args <- commandArgs(trailingOnly = TRUE)
n <- if (length(args) > 0) as.numeric(args[1]) else 1e7
set.seed(1)
x <- rlnorm(n)
w <- runif(n, 0.5, 5)
g <- sample.int(200, n, replace = TRUE)

gini_sort <- function(x) {
  x <- sort(x); n <- length(x)
  2 * sum(seq_len(n) * x) / (n * sum(x)) - (n + 1) / n
}
theil <- function(x) { r <- x / mean(x); mean(r * log(r)) }
theil_w <- function(x, w) { mu <- sum(w * x) / sum(w); r <- x / mu; sum(w * r * log(r)) / sum(w) }
theil_decomp_w <- function(x, w, g) {
  W <- sum(w); mu <- sum(w * x) / W
  sw <- rowsum(w, g); swx <- rowsum(w * x, g)
  mk <- swx / sw
  between <- sum(sw / W * (mk / mu) * log(mk / mu))
  r <- x / mk[g]
  within_k <- rowsum(w * r * log(r), g) / sw
  within <- sum((swx / (W * mu)) * within_k)
  c(between, within)
}

best <- function(f) {
  f()
  min(sapply(1:3, function(i) system.time(f())[["elapsed"]]))
}
results <- c(
  gini_sort = best(function() gini_sort(x)),
  laeken_gini = best(function() gini(x)),
  laeken_gini_weighted = best(function() gini(x, weights = w)),
  theil = best(function() theil(x)),
  theil_weighted = best(function() theil_w(x, w)),
  theil_decomp200_w = best(function() theil_decomp_w(x, w, g)),
  sort = best(function() sort(x))
)
cat(sprintf("R %s, laeken %s, n = %g\n", getRversion(), packageVersion("laeken"), n))
for (k in names(results)) cat(sprintf("%-22s %.3f s\n", k, results[[k]]))
