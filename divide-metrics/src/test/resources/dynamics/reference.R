# Reference values for org.divide.metrics.dynamics, computed with R (base stats only, plus
# classInt for the Fisher-Jenks breaks). Run from this directory: Rscript reference.R > reference-output.txt
d <- read.csv("pysal_mexico.csv")
options(digits = 17)
p <- function(name, v) cat(name, paste(sprintf("%.17g", v), collapse = " "), "\n")
x0 <- d$pcgdp1940; x1 <- d$pcgdp2000; span <- 2000 - 1940
g <- (log(x1) - log(x0)) / span
lx <- log(x0)

# 1. unconditional beta-convergence, OLS
m <- summary(lm(g ~ lx))
p("beta.coef", m$coefficients[, 1]); p("beta.se", m$coefficients[, 2])
p("beta.t", m$coefficients[, 3]); p("beta.p", m$coefficients[, 4])
p("beta.r2", m$r.squared); p("beta.adjr2", m$adj.r.squared); p("beta.sigma", m$sigma); p("beta.df", m$df[2])

# 2. conditional on the hanson98 regions (treatment dummies, first region the baseline)
region <- factor(d$hanson98)
m <- summary(lm(g ~ lx + region))
p("cond.coef", m$coefficients[, 1]); p("cond.se", m$coefficients[, 2])
p("cond.t", m$coefficients[, 3]); p("cond.p", m$coefficients[, 4])
p("cond.r2", m$r.squared); p("cond.adjr2", m$adj.r.squared); p("cond.sigma", m$sigma); p("cond.df", m$df[2])

# 3. weighted least squares, weights 1..32 in file order (an artificial weight that exercises WLS)
w <- seq_len(nrow(d))
m <- summary(lm(g ~ lx, weights = w))
p("wls.coef", m$coefficients[, 1]); p("wls.se", m$coefficients[, 2])
p("wls.t", m$coefficients[, 3]); p("wls.p", m$coefficients[, 4])
p("wls.r2", m$r.squared); p("wls.adjr2", m$adj.r.squared)

# 4. sigma-convergence: unweighted Gini sum_i sum_j |x_i - x_j| / (2 n^2 mu) per year, OLS trend on the year
years <- c(1940, 1950, 1960, 1970, 1980, 1990, 2000)
gini <- sapply(years, function(y) { v <- d[[paste0("pcgdp", y)]]; sum(abs(outer(v, v, "-"))) / (2 * length(v)^2 * mean(v)) })
p("sigma.gini", gini)
m <- summary(lm(gini ~ years))
p("sigma.coef", m$coefficients[, 1]); p("sigma.se", m$coefficients[, 2]); p("sigma.p", m$coefficients[, 4])
p("sigma.r2", m$r.squared)

# 5. log-linear trend of one state (Aguascalientes) and CAGR 1940-2000
v <- unlist(d[1, paste0("pcgdp", years)])
m <- summary(lm(log(v) ~ years))
p("trend.coef", m$coefficients[, 1]); p("trend.se", m$coefficients[, 2])
p("cagr", (v[7] / v[1])^(1 / 60) - 1)

# 6. Fisher-Jenks natural breaks, k = 5, of per-capita GDP 2000
if (requireNamespace("classInt", quietly = TRUE)) {
  p("jenks.brks", classInt::classIntervals(d$pcgdp2000, n = 5, style = "fisher")$brks)
  cat("classInt", as.character(packageVersion("classInt")), "\n")
}
cat(R.version.string, "\n")
