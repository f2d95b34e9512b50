# get_str_weak reference on COINr's ASEM example (plain build: min-max [0, 100], directions applied).
# COINr is not installable here, so get_str_weak's selection logic is transcribed from COINr 1.1.14
# (R/results.R, get_str_weak; rank_df = rank(-x, ties.method = "min", na.last = "keep"), within
# groups when use_group is given) and run on COINr's own Normalised data set.
# Usage: Rscript str_weak_asem.R NORMALISED.csv ASEM_iData.csv > str_weak_asem_reference.csv
args <- commandArgs(trailingOnly = TRUE)
norm <- read.csv(args[1], check.names = FALSE)
idata <- read.csv(args[2], check.names = FALSE)
iCodes <- setdiff(names(norm), c("uCode", "uName"))
rank_col <- function(x) rank(-x, ties.method = "min", na.last = "keep")
rank_df <- function(df, grp) {
  out <- df
  for (ic in iCodes) {
    if (is.null(grp)) {
      out[[ic]] <- rank_col(df[[ic]])
    } else {
      out[[ic]] <- ave(df[[ic]], grp, FUN = rank_col)
    }
  }
  out
}
str_weak <- function(usel, topN, bottomN, grp, unq_discard, min_discard) {
  codes <- iCodes
  rnks <- rank_df(norm, grp)
  if (!is.null(unq_discard)) {
    frc <- sapply(norm[codes], function(x) length(unique(x)) / length(x))
    codes <- codes[frc > unq_discard]
  }
  r <- rnks[rnks$uCode == usel, codes]
  r <- r[, !is.na(as.numeric(r))]
  if (min_discard) {
    rmin <- as.data.frame(lapply(rnks[colnames(r)], max, na.rm = TRUE))
    r <- r[, !(r == rmin)]
  }
  r <- r[, order(as.numeric(r[1, ]))]
  s <- colnames(r)[1:topN]
  w <- colnames(r)[(ncol(r) - bottomN + 1):ncol(r)]
  rbind(data.frame(list = "strength", position = seq_along(s), code = s, rank = as.numeric(r[s])),
        data.frame(list = "weakness", position = seq_along(w), code = w, rank = as.numeric(r[w])))
}
grp <- idata$EurAsia_group[match(norm$uCode, idata$uCode)]
out <- NULL
for (u in c("AUT", "CHN", "IND", "GBR", "KHM", "NZL", "MLT", "BRN")) {
  for (g in c("none", "EurAsia_group")) {
    for (unq in c(NA, 0.5)) {
      x <- str_weak(u, 5, 5, if (g == "none") NULL else grp, if (is.na(unq)) NULL else unq, TRUE)
      out <- rbind(out, cbind(data.frame(unit = u, use_group = g, unq_discard = unq), x))
    }
  }
}
write.csv(out, row.names = FALSE, na = "")
