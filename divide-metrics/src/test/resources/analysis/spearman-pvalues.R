set.seed(7)
out <- c()
for (n in c(3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 20, 30, 51, 100, 500, 1290, 1291)) {
  for (k in 1:3) {
    x <- sample(n) ; y <- if (k == 1) sample(n) else if (k == 2) x + sample(n) * 0.3 else -x + sample(n)*0.5
    y <- rank(y)
    ct <- suppressWarnings(cor.test(x, y, method = "spearman"))
    out <- c(out, sprintf("%d;%s;%s;%.17g", n, paste(x, collapse=" "), paste(y, collapse=" "), ct$p.value))
  }
}
# perfect correlations and one with ties
for (n in c(5, 9, 12)) {
  x <- 1:n
  out <- c(out, sprintf("%d;%s;%s;%.17g", n, paste(x, collapse=" "), paste(x, collapse=" "), cor.test(x, x, method="spearman")$p.value))
  out <- c(out, sprintf("%d;%s;%s;%.17g", n, paste(x, collapse=" "), paste(rev(x), collapse=" "), cor.test(x, rev(x), method="spearman")$p.value))
}
x <- c(1, 2, 2, 3, 4, 5, 6, 7); y <- c(2, 1, 4, 3, 6, 5, 8, 7)
out <- c(out, sprintf("%d;%s;%s;%.17g", 8L, paste(x, collapse=" "), paste(y, collapse=" "), suppressWarnings(cor.test(x, y, method="spearman"))$p.value))
writeLines(out)
