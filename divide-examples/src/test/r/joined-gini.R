# Independent check, in base R, of the population-weighted Gini and Theil T that
#   divide inequality --data wdi_IT.NET.SECR.P6.csv --data wdi_SP.POP.TOTL.csv \
#     --value IT.NET.SECR.P6 --weight SP.POP.TOTL --year 2020 --measure gini,theil-t
# prints (JoinedDataTest asserts the same definitions in Java). Run from the repository root:
#   Rscript divide-examples/src/test/r/joined-gini.R
# R 4.2.2, 2026-12-06: 214 economies, Gini 0.870399743214624, Theil T 1.810484224593806
# (divide: 0.8703997432146243 and 1.8104842245938064).
res <- "divide-examples/src/test/resources/org/divide/examples/cli/"
x <- read.csv(paste0(res, "wdi_IT.NET.SECR.P6.csv"))
p <- read.csv("divide-testdata/src/main/resources/org/divide/testdata/wdi/wdi_SP.POP.TOTL.csv")
x <- x[x$Year == 2020 & !is.na(x$Value), c("Country.Code", "Value")]
p <- p[p$Year == 2020 & !is.na(p$Value), c("Country.Code", "Value")]
m <- merge(x, p, by = "Country.Code")
# the World Bank's classified economies (no aggregates), from the registry's own table
cls <- read.csv("divide-core/src/main/resources/org/divide/core/economies/wb_class_fy2026.csv", comment.char = "#")
m <- m[m$Country.Code %in% cls$iso3[cls$is_aggregate == 0], ]
v <- m$Value.x; w <- m$Value.y; W <- sum(w); mu <- sum(v * w) / W
gini <- sum(outer(w, w) * abs(outer(v, v, "-"))) / (2 * W^2 * mu)
theil <- sum(w / W * ifelse(v > 0, v / mu * log(v / mu), 0))
cat(nrow(m), "economies; Gini", sprintf("%.15f", gini), "; Theil T", sprintf("%.15f", theil), "\n")
