# Independent base-R values for the weighted inequality measures on the survey data in
# ../data/inequality (run from the reference folder: Rscript scripts/weighted-extra.R).
# Each formula is written out from its textbook definition; the rows it prints are appended
# to inequality-extra.csv. R 4.2.2, base R only.
ilocos <- read.csv("data/inequality/ilocos.csv")
eusilc <- read.csv("data/inequality/eusilc_eqincome.csv")

wmean <- function(x, w) sum(w * x) / sum(w)
ge <- function(x, w, a) {
  mu <- wmean(x, w); p <- w / sum(w); r <- x / mu
  if (a == 1) sum(p * ifelse(r > 0, r * log(r), 0))
  else if (a == 0) -sum(p * log(r))
  else (sum(p * r^a) - 1) / (a * (a - 1))
}
atkinson <- function(x, w, e) {
  mu <- wmean(x, w); p <- w / sum(w)
  if (e == 1) 1 - exp(sum(p * log(x))) / mu else 1 - sum(p * x^(1 - e))^(1 / (1 - e)) / mu
}
cv <- function(x, w) { mu <- wmean(x, w); sqrt(sum(w * (x - mu)^2) / sum(w)) / mu }
hoover <- function(x, w) { mu <- wmean(x, w); sum(w * abs(x - mu)) / (2 * sum(w) * mu) }
lorenz <- function(x, w, p) {
  o <- order(x); x <- x[o]; w <- w[o]
  approx(c(0, cumsum(w) / sum(w)), c(0, cumsum(w * x) / sum(w * x)), xout = p, ties = "ordered")$y
}
# GE(a) between = GE of the group means with the group weights; within = total - between,
# checked against the sum of s_k^(1-a) v_k^a GE_k.
decomp <- function(x, w, g, a) {
  groups <- split(seq_along(x), g)
  W <- sum(w); Y <- sum(w * x)
  means <- sapply(groups, function(i) wmean(x[i], w[i]))
  gw <- sapply(groups, function(i) sum(w[i]))
  between <- ge(means, gw, a)
  within <- sum(sapply(groups, function(i) {
    s <- sum(w[i]) / W; v <- sum(w[i] * x[i]) / Y
    s^(1 - a) * v^a * ge(x[i], w[i], a)
  }))
  stopifnot(abs(between + within - ge(x, w, a)) < 1e-12 * ge(x, w, a))
  c(between = between, within = within)
}

fmt <- function(v) paste(trimws(formatC(unname(v), digits = 15, format = "g")), collapse = ";")
row <- function(id, measure, parameter, data, weights, groups, value, source, notes) {
  q <- function(s) if (grepl("[,\"]", s)) paste0("\"", gsub("\"", "\"\"", s), "\"") else s
  cat(paste(c(id, measure, parameter, "yes", data, weights, groups, fmt(value), q(source), q(notes)),
            collapse = ","), "\n", sep = "")
}
src <- "R 4.2.2 base R, scripts/weighted-extra.R"

x <- as.numeric(ilocos$income); w <- as.numeric(ilocos$AP.weight); g <- ilocos$province
d <- "file:data/inequality/ilocos.csv#income"; dw <- "file:data/inequality/ilocos.csv#AP.weight"
dg <- "file:data/inequality/ilocos.csv#province"
n1 <- "Ilocos 632 households, sampling weights"
row("E04", "theil_t", "", d, dw, "", ge(x, w, 1), src, n1)
row("E04", "theil_l_mld", "", d, dw, "", ge(x, w, 0), src, n1)
for (a in c(-1, 0.5, 2, 3)) row("E04", "ge", paste0("alpha=", a), d, dw, "", ge(x, w, a), src, n1)
for (e in c(0.5, 1, 2)) row("E04", "atkinson", paste0("epsilon=", e), d, dw, "", atkinson(x, w, e), src, n1)
row("E04", "cv", "", d, dw, "", cv(x, w), src, paste(n1, "population variance (divisor sum of weights)"))
row("E04", "ricci_schutz_hoover_pietra", "", d, dw, "", hoover(x, w), src, n1)
p <- c(0, 0.1, 0.2, 0.4, 0.5, 0.8, 0.9, 1)
row("E04", "lorenz_L", paste0("p=", paste(p, collapse = ";")), d, dw, "", lorenz(x, w, p), src,
    paste(n1, "population-weighted Lorenz curve, linear interpolation"))
row("E04", "palma_ratio", "alpha1=0.4 alpha2=0.9", d, dw, "", (1 - lorenz(x, w, 0.9)) / lorenz(x, w, 0.4), src,
    paste(n1, "(1 - L(0.9)) / L(0.4) on the interpolated Lorenz curve"))
row("E04", "quintile_share_ratio_s80s20", "", d, dw, "", (1 - lorenz(x, w, 0.8)) / lorenz(x, w, 0.2), src,
    paste(n1, "(1 - L(0.8)) / L(0.2) on the interpolated Lorenz curve"))
for (m in list(c("theil_t", 1), c("theil_l_mld", 0), c("ge2", 2))) {
  r <- decomp(x, w, g, as.numeric(m[2]))
  row("E05", paste0(m[1], "_between"), "", d, dw, dg, r["between"], src, paste(n1, "by province"))
  row("E05", paste0(m[1], "_within"), "", d, dw, dg, r["within"], src, paste(n1, "by province"))
}

x <- as.numeric(eusilc$eqIncome); w <- as.numeric(eusilc$rb050); g <- eusilc$db040
d <- "file:data/inequality/eusilc_eqincome.csv#eqIncome"; dw <- "file:data/inequality/eusilc_eqincome.csv#rb050"
dg <- "file:data/inequality/eusilc_eqincome.csv#db040"
n2 <- "synthetic EU-SILC 14827 persons, personal weights; 3 incomes of 0 kept (0 ln 0 = 0)"
row("E06", "theil_t", "", d, dw, "", ge(x, w, 1), src, n2)
for (a in c(0.5, 2)) row("E06", "ge", paste0("alpha=", a), d, dw, "", ge(x, w, a), src, n2)
row("E06", "atkinson", "epsilon=0.5", d, dw, "", atkinson(x, w, 0.5), src, n2)
row("E06", "cv", "", d, dw, "", cv(x, w), src, n2)
row("E06", "ricci_schutz_hoover_pietra", "", d, dw, "", hoover(x, w), src, n2)
for (m in list(c("theil_t", 1), c("ge2", 2))) {
  r <- decomp(x, w, g, as.numeric(m[2]))
  row("E07", paste0(m[1], "_between"), "", d, dw, dg, r["between"], src, paste(n2, "; by region (9)"))
  row("E07", paste0(m[1], "_within"), "", d, dw, dg, r["within"], src, paste(n2, "; by region (9)"))
}
