package org.divide.metrics.internal.numeric;

/**
 * A fast, accurate natural logarithm: {@link #ln(double)} agrees with {@link Math#log(double)} to
 * within one unit in the last place (ulp) for every {@code double}, the special values included,
 * and takes about half the time in a loop. Not API.
 *
 * <h2>Algorithm</h2>
 * A table-driven reduction in the manner of Tang (1990):
 * <ol>
 *   <li>Write x = 2<sup>k</sup>·m with m in [0.70703125, 1.4140625), about [1/√2, √2), by
 *       subtracting the bit pattern of 0.70703125 from that of x: the top bits give k and the
 *       8 bits below them the index j of one of 256 subintervals of m (of width 2<sup>−9</sup>
 *       below 1 and 2<sup>−8</sup> above). Because 1 lies inside the range of m rather than at
 *       its edge, values just below 1 are not written as 2<sup>−1</sup>·1.99…, and their
 *       logarithm does not come out of a cancellation. Subnormal x are first scaled by
 *       2<sup>52</sup>.</li>
 *   <li>For each subinterval the table holds c<sub>j</sub> ≈ 1/(centre of the subinterval),
 *       rounded to 24 bits, and ln(1/c<sub>j</sub>) as a sum of two doubles hi + lo (accurate to
 *       about 2<sup>−106</sup> relative). For the two subintervals next to 1, c<sub>j</sub> = 1
 *       exactly, so that near 1 the result is the polynomial alone.</li>
 *   <li>r = m·c<sub>j</sub> − 1 with one fused multiply-add ({@link Math#fma}), so r has a single
 *       rounding; |r| &lt; 2<sup>−9</sup>, and |r| &lt; 2<sup>−8</sup> where c<sub>j</sub> = 1 (then r
 *       = m − 1 is exact).</li>
 *   <li>ln x = k·ln 2 + ln(1/c<sub>j</sub>) + ln(1 + r), with ln 2 split into a 42-bit head (so
 *       that k·head is exact) and a tail, and ln(1 + r) ≈ r + r²·q(r), the Taylor polynomial of
 *       degree 7 (q of degree 5, evaluated in Estrin's scheme). The large parts
 *       k·head + hi + r are added with two error-free transformations (Fast2Sum; the operand
 *       of larger magnitude always comes first), and every small part (their rounding errors,
 *       k·tail, lo, r²·q) is added into a tail before the one final rounding.</li>
 * </ol>
 *
 * <h2>Error bound</h2>
 * Besides the final rounding (½ ulp), the result carries the rounding of r, which matters only
 * for k = 0 and m in a subinterval with c<sub>j</sub> ≠ 1: there |ln x| ≥ 2<sup>−9</sup> and
 * |r| &lt; 2<sup>−9</sup>, so it is at most ¼ ulp; the truncation of the series,
 * |r|<sup>8</sup>/8 (relative to ln x at most 2<sup>−59</sup>, or 2<sup>−7</sup> ulp, where
 * c<sub>j</sub> = 1); and roundings in the tail, of order 2<sup>−8</sup> ulp. The bound is
 * therefore below 0.8 ulp; the largest error measured against {@link StrictMath#log(double)}
 * on 10<sup>8</sup> values spread over all binades and on values near 1 is reported by the
 * tests (about 0.6 ulp). Special values are those of {@link Math#log(double)}: ln(±0) = −∞,
 * ln(+∞) = +∞, ln(1) = +0, and {@code NaN} for {@code NaN} and negative x.
 *
 * <h2>Cost</h2>
 * One table row (three doubles of a 6 KiB table), one FMA and about 25 further floating-point
 * operations without a division or a data-dependent branch, so independent calls overlap well
 * in a loop. {@link Math#fma} is a single instruction on x86-64 processors since 2013
 * (Haswell, Piledriver) and on AArch64; on hardware without FMA the JVM emulates it and this
 * method is correct but slow.
 *
 * <h2>References</h2>
 * <ul>
 *   <li>P. T. P. Tang (1990), Table-driven implementation of the logarithm function in IEEE
 *       floating-point arithmetic, ACM Transactions on Mathematical Software 16(4), 378–400,
 *       doi:10.1145/98267.98294.</li>
 *   <li>J.-M. Muller (2016), Elementary Functions: Algorithms and Implementation, 3rd ed.,
 *       Birkhäuser, doi:10.1007/978-1-4899-7983-4 (chapter 6, table-based methods; chapter 2,
 *       Fast2Sum).</li>
 * </ul>
 *
 * <p>The table was computed with 60-digit decimal arithmetic (c<sub>j</sub> as described above,
 * then −ln c<sub>j</sub> rounded to hi and the remainder to lo); {@code LogarithmTest} recomputes
 * it in double-double arithmetic and checks every entry.
 */
public final class Logarithm {

    /** Bit pattern of 0.70703125, the lower end of the range of m. */
    private static final long OFFSET = 0x3FE6A00000000000L;
    /** Index bits of the table (256 subintervals). */
    private static final int INDEX_BITS = 8;
    /** Bit pattern of the smallest normal double. */
    private static final long MIN_NORMAL_BITS = 0x0010000000000000L;
    /** Positive normal doubles x have {@code bits(x) − MIN_NORMAL_BITS} below this (unsigned). */
    private static final long NORMAL_RANGE = 0x7FF0000000000000L - MIN_NORMAL_BITS;
    /** ln 2 rounded to 42 bits, so that k·LN2_HI is exact for every exponent k. */
    private static final double LN2_HI = 0x1.62e42fefa3800p-1;
    /** ln 2 − LN2_HI. */
    private static final double LN2_LO = 0x1.ef35793c76730p-45;
    private static final double C2 = -0.5;
    private static final double C3 = 1.0 / 3;
    private static final double C4 = -0.25;
    private static final double C5 = 0.2;
    private static final double C6 = -1.0 / 6;
    private static final double C7 = 1.0 / 7;

    /**
     * Row j (j = 0 … 255) is {c_j, hi_j, lo_j}: c_j ≈ 1/(centre of subinterval j) rounded to 24
     * bits (1 for j = 149, 150, the subintervals [1 − 2^−9, 1) and [1, 1 + 2^−8)), and
     * hi_j + lo_j = −ln c_j.
     */
    private static final double[] TABLE = {
            0x1.6993f40000000p+0, -0x1.61965edf02c17p-2, 0x1.ae6026723863ep-57,
            0x1.68954e0000000p+0, -0x1.5ec43457c35adp-2, -0x1.09f229fe31a0ep-56,
            0x1.67980e0000000p+0, -0x1.5bf4069343db2p-2, 0x1.b0ada266d569ep-59,
            0x1.669c320000000p+0, -0x1.5925d57712a4ap-2, 0x1.7ec788fd7bd63p-56,
            0x1.65a1b40000000p+0, -0x1.5659956a9514cp-2, -0x1.1b2bae18d4ed4p-58,
            0x1.64a8940000000p+0, -0x1.538f4be4f72fcp-2, 0x1.961ba8a15b0dap-57,
            0x1.63b0ce0000000p+0, -0x1.50c6f2df1b97ap-2, -0x1.5cc2fe288f195p-57,
            0x1.62ba5e0000000p+0, -0x1.4e0084378babcp-2, -0x1.503e02f39c969p-56,
            0x1.61c5440000000p+0, -0x1.4b3c054667e91p-2, 0x1.1c409de79c14dp-57,
            0x1.60d17c0000000p+0, -0x1.48796fcd5876ep-2, 0x1.01cd26fd42f52p-59,
            0x1.5fdf040000000p+0, -0x1.45b8c3457df06p-2, 0x1.ec9ce1882214dp-56,
            0x1.5eedd60000000p+0, -0x1.42f9f37162641p-2, 0x1.908418376581cp-59,
            0x1.5dfdf40000000p+0, -0x1.403d0b50ea78bp-2, -0x1.cf468a755cb91p-60,
            0x1.5d0f560000000p+0, -0x1.3d81f8a346dacp-2, 0x1.0935692c434c0p-56,
            0x1.5c22000000000p+0, -0x1.3ac8cc38e5c57p-2, 0x1.f7ddf6b47a984p-56,
            0x1.5b35ea0000000p+0, -0x1.381173a364cafp-2, -0x1.119631a3dc634p-56,
            0x1.5a4b140000000p+0, -0x1.355bf3e182c82p-2, 0x1.7644a56456617p-56,
            0x1.59617a0000000p+0, -0x1.32a8461b120a7p-2, 0x1.cc3b184d3ce0ap-57,
            0x1.58791a0000000p+0, -0x1.2ff6694eea9cep-2, -0x1.c28bdae445a72p-56,
            0x1.5791f40000000p+0, -0x1.2d466266dcce4p-2, -0x1.8891a43ec4c56p-56,
            0x1.56ac020000000p+0, -0x1.2a982463a3db7p-2, -0x1.f7b55108e2172p-56,
            0x1.55c7420000000p+0, -0x1.27ebae16d8c9ap-2, 0x1.6c205d06121abp-56,
            0x1.54e3b40000000p+0, -0x1.25410448e56c7p-2, -0x1.8c81dede07fa9p-57,
            0x1.5401540000000p+0, -0x1.22981fbaf797bp-2, 0x1.0f04ac06d168bp-59,
            0x1.5320200000000p+0, -0x1.1ff0ff1cf47a7p-2, 0x1.c4aebfbbe965bp-56,
            0x1.5240160000000p+0, -0x1.1d4ba1136c238p-2, 0x1.e3c38e2661744p-57,
            0x1.5161320000000p+0, -0x1.1aa7fe258d33ep-2, 0x1.92d4f3efa3fafp-56,
            0x1.5083740000000p+0, -0x1.18061aeb18ad7p-2, -0x1.7fb79d3244e98p-56,
            0x1.4fa6d80000000p+0, -0x1.1565efcc55fc1p-2, -0x1.a1204bc10303ep-57,
            0x1.4ecb5c0000000p+0, -0x1.12c77b3407136p-2, 0x1.35d8110ec85d1p-60,
            0x1.4df1000000000p+0, -0x1.102ac1a35cc1ap-2, -0x1.08808b509133ep-59,
            0x1.4d17be0000000p+0, -0x1.0d8fb52deb1dep-2, 0x1.02fe4b78c7445p-56,
            0x1.4c3f980000000p+0, -0x1.0af660639e278p-2, -0x1.9ffa9438d789dp-56,
            0x1.4b688a0000000p+0, -0x1.085ebb5eae78cp-2, 0x1.67c14f38474c5p-57,
            0x1.4a92900000000p+0, -0x1.05c8be1d9635ap-2, -0x1.c38ef997061ebp-58,
            0x1.49bdaa0000000p+0, -0x1.03346cef06060p-2, -0x1.aad5298224230p-57,
            0x1.48e9d60000000p+0, -0x1.00a1c5ebda472p-2, -0x1.ea911613173bbp-57,
            0x1.4817120000000p+0, -0x1.fc218e4220a58p-3, -0x1.049e3e4dffd06p-57,
            0x1.47455a0000000p+0, -0x1.f702d09b77de8p-3, 0x1.4cb3aea0a3977p-61,
            0x1.4674ae0000000p+0, -0x1.f1e75b41f9bcbp-3, 0x1.8597d445aa1eep-59,
            0x1.45a50c0000000p+0, -0x1.eccf2a07e9203p-3, -0x1.97b82beb8933bp-57,
            0x1.44d6720000000p+0, -0x1.e7ba38a777e23p-3, 0x1.a3c8d77cfb96ep-57,
            0x1.4408dc0000000p+0, -0x1.e2a8761eb2c0fp-3, -0x1.a1ef0cddd2b3ap-57,
            0x1.433c4a0000000p+0, -0x1.dd99ea8b6d7dfp-3, 0x1.01139901430f7p-57,
            0x1.4270ba0000000p+0, -0x1.d88e915f2f44ap-3, 0x1.8c446f6abbe41p-57,
            0x1.41a62a0000000p+0, -0x1.d38665f31f465p-3, 0x1.f7a71275f52d2p-57,
            0x1.40dc980000000p+0, -0x1.ce816387f1983p-3, -0x1.82efcf412f638p-60,
            0x1.4014020000000p+0, -0x1.c97f8545d44d5p-3, -0x1.5768ebb188734p-57,
            0x1.3f4c660000000p+0, -0x1.c480c63c5ccaap-3, -0x1.b16c196265b75p-57,
            0x1.3e85c20000000p+0, -0x1.bf85216275542p-3, -0x1.fe50454d2ed64p-58,
            0x1.3dc0140000000p+0, -0x1.ba8c91964ad19p-3, 0x1.7917775ac87eep-57,
            0x1.3cfb5c0000000p+0, -0x1.b5971e893acc7p-3, -0x1.d01dc69f2bed3p-59,
            0x1.3c37960000000p+0, -0x1.b0a4b60bc1b44p-3, -0x1.31e3bf158251ep-64,
            0x1.3b74c20000000p+0, -0x1.abb55fad693a1p-3, 0x1.45d5d47fcdc51p-57,
            0x1.3ab2dc0000000p+0, -0x1.a6c908fcb703cp-3, 0x1.81c113138d682p-58,
            0x1.39f1e60000000p+0, -0x1.a1dfc6731b7ebp-3, -0x1.05bf661edf2f1p-57,
            0x1.3931da0000000p+0, -0x1.9cf97860e0eafp-3, 0x1.21e95e58116adp-61,
            0x1.3872ba0000000p+0, -0x1.9816332d1aa75p-3, 0x1.0302dfa4b2404p-57,
            0x1.37b4820000000p+0, -0x1.9335e3f994985p-3, -0x1.c86af0d64a931p-58,
            0x1.36f7320000000p+0, -0x1.8e589206c2db4p-3, 0x1.81d333d728bf0p-58,
            0x1.363ac60000000p+0, -0x1.897e2a33b19a4p-3, -0x1.9c87f30519818p-57,
            0x1.357f3e0000000p+0, -0x1.84a6b39df5121p-3, 0x1.912ba0d01bc92p-58,
            0x1.34c49a0000000p+0, -0x1.7fd2356999d31p-3, 0x1.d073eb9cfb8d8p-58,
            0x1.340ad40000000p+0, -0x1.7b008edd15286p-3, 0x1.8258499291d32p-59,
            0x1.3351ee0000000p+0, -0x1.7631d43535a76p-3, -0x1.fff825748be16p-57,
            0x1.3299e60000000p+0, -0x1.7165ff1d14052p-3, 0x1.7ce832cb4363bp-57,
            0x1.31e2ba0000000p+0, -0x1.6c9d092603fc5p-3, -0x1.51e813ee7ac6cp-57,
            0x1.312c680000000p+0, -0x1.67d6ebc78576dp-3, 0x1.4614ba100a6a2p-61,
            0x1.3076ee0000000p+0, -0x1.6313a05f35d6dp-3, 0x1.c1cf355be1dffp-58,
            0x1.2fc24c0000000p+0, -0x1.5e532dacc170cp-3, -0x1.f8c45b2c72bb6p-60,
            0x1.2f0e800000000p+0, -0x1.59958cf1d52e8p-3, -0x1.f4d1236bf5a5fp-57,
            0x1.2e5b880000000p+0, -0x1.54dab756105bbp-3, 0x1.a51a5c56428c8p-57,
            0x1.2da9640000000p+0, -0x1.5022b37af6a44p-3, -0x1.85fcdb08748b9p-58,
            0x1.2cf8100000000p+0, -0x1.4b6d6ccfe229bp-3, 0x1.998552ef81d7cp-57,
            0x1.2c478e0000000p+0, -0x1.46baf775f5d8dp-3, 0x1.16c36d5ffac16p-57,
            0x1.2b97d80000000p+0, -0x1.420b31040fdd2p-3, 0x1.85642e01bcd42p-57,
            0x1.2ae8f00000000p+0, -0x1.3d5e2d86bc272p-3, -0x1.07c274d5502fep-57,
            0x1.2a3ad40000000p+0, -0x1.38b3e5b827467p-3, -0x1.06572fe16560ep-57,
            0x1.298d840000000p+0, -0x1.340c5ffc11403p-3, -0x1.a510a9373e4bbp-57,
            0x1.28e0fa0000000p+0, -0x1.2f677957c0a8ap-3, -0x1.900ad3a752506p-59,
            0x1.28353a0000000p+0, -0x1.2ac55399f5c50p-3, -0x1.6c57a5bfdc2f9p-57,
            0x1.278a3e0000000p+0, -0x1.2625cb8addf2ep-3, -0x1.0f61967df9a4dp-57,
            0x1.26e00a0000000p+0, -0x1.2189030c07245p-3, -0x1.a18328fed1593p-58,
            0x1.2636980000000p+0, -0x1.1ceed6a85372dp-3, -0x1.871c2fe026a9ep-58,
            0x1.258de80000000p+0, -0x1.18574c6becf1fp-3, 0x1.76e8ca41d22b1p-58,
            0x1.24e5f80000000p+0, -0x1.13c25c6c398b3p-3, 0x1.d963be58bffd9p-65,
            0x1.243eca0000000p+0, -0x1.0f301aabcf0eep-3, -0x1.613cb237a3964p-57,
            0x1.2398580000000p+0, -0x1.0aa06322675b2p-3, -0x1.90a367ef6742ap-58,
            0x1.22f2a60000000p+0, -0x1.061357d0d4b04p-3, -0x1.c10862d1a7abep-61,
            0x1.224dae0000000p+0, -0x1.0188d470f613dp-3, -0x1.2907411097a52p-57,
            0x1.21a9700000000p+0, -0x1.fa01bd9b57c97p-4, 0x1.c8fdbd83edb7fp-58,
            0x1.2105ee0000000p+0, -0x1.f0f715c5992bbp-4, -0x1.d930d78f82913p-58,
            0x1.2063220000000p+0, -0x1.e7f1680232d3ep-4, 0x1.7aef1e0bd04dcp-58,
            0x1.1fc10e0000000p+0, -0x1.def0dc1c66db3p-4, -0x1.367b4887d7821p-58,
            0x1.1f1fb00000000p+0, -0x1.d5f56119210a8p-4, -0x1.c730c8d7fa690p-58,
            0x1.1e7f060000000p+0, -0x1.ccfee5c6e1378p-4, -0x1.343fea45129ccp-58,
            0x1.1ddf0e0000000p+0, -0x1.c40d58bda5c70p-4, -0x1.3f3e9192913c0p-62,
            0x1.1d3fca0000000p+0, -0x1.bb20e1ced6959p-4, 0x1.5554e123ac1e2p-60,
            0x1.1ca1380000000p+0, -0x1.b2396f852fed0p-4, 0x1.d1dcf22ec4a22p-58,
            0x1.1c03540000000p+0, -0x1.a956d35cade63p-4, -0x1.43300b0ef155ep-58,
            0x1.1b66200000000p+0, -0x1.a079351277c97p-4, -0x1.0c9b4039cb001p-58,
            0x1.1ac9980000000p+0, -0x1.97a065c4cbe3ep-4, -0x1.87a2daca96de5p-58,
            0x1.1a2dbe0000000p+0, -0x1.8ecc8d32eb6d6p-4, -0x1.98063b9095cbep-59,
            0x1.1992900000000p+0, -0x1.85fd993506a31p-4, -0x1.fe66f5c23872cp-60,
            0x1.18f80a0000000p+0, -0x1.7d335a4429363p-4, -0x1.d878d20e5483bp-58,
            0x1.185e300000000p+0, -0x1.746e154226ecbp-4, -0x1.9a479387b6717p-58,
            0x1.17c4fc0000000p+0, -0x1.6bad7d31883a0p-4, -0x1.7c602d060aba0p-58,
            0x1.172c700000000p+0, -0x1.62f1b9bd77738p-4, 0x1.2bf6d59bc438bp-60,
            0x1.16948a0000000p+0, -0x1.5a3ab809ade21p-4, -0x1.8fcd4dd17eaddp-61,
            0x1.15fd4a0000000p+0, -0x1.5188827a612a3p-4, -0x1.f3b31834bc09cp-59,
            0x1.1566ac0000000p+0, -0x1.48dae86c31012p-4, 0x1.c57dcb5221acbp-58,
            0x1.14d0b20000000p+0, -0x1.4032118c14b4ep-4, -0x1.3cd5522c6042ap-58,
            0x1.143b580000000p+0, -0x1.378dccd7496d6p-4, -0x1.7946aa5ae533ap-59,
            0x1.13a6a00000000p+0, -0x1.2eee41fb40298p-4, 0x1.c24908a498ad9p-60,
            0x1.1312880000000p+0, -0x1.26535d5d8c2fbp-4, 0x1.63f8a832494b2p-59,
            0x1.127f100000000p+0, -0x1.1dbd2903d1907p-4, -0x1.7365e0cdfa8abp-58,
            0x1.11ec340000000p+0, -0x1.152b732bb3cb4p-4, 0x1.da0e5efd77900p-60,
            0x1.1159f60000000p+0, -0x1.0c9e6382c4e15p-4, 0x1.fc6d15773435cp-58,
            0x1.10c8540000000p+0, -0x1.0415e5ee743ecp-4, 0x1.6344931ae2312p-59,
            0x1.10374c0000000p+0, -0x1.f723cc37fc49dp-5, 0x1.2ba6bb90a3195p-61,
            0x1.0fa6de0000000p+0, -0x1.e624db50b5d9bp-5, 0x1.9ca247ead5fa8p-59,
            0x1.0f17080000000p+0, -0x1.d52ed0005d866p-5, 0x1.f95152f4c8ca1p-59,
            0x1.0e87cc0000000p+0, -0x1.c441f9cf729fdp-5, -0x1.164d7ccc86e13p-59,
            0x1.0df9260000000p+0, -0x1.b35df2c58ba10p-5, 0x1.e920f56ea3f5ep-61,
            0x1.0d6b160000000p+0, -0x1.a282cd9936103p-5, -0x1.c7e800a627f19p-62,
            0x1.0cdd9a0000000p+0, -0x1.91b0601fd72b2p-5, 0x1.37f8f9b0d56ebp-63,
            0x1.0c50b40000000p+0, -0x1.80e6f9dd8ccb3p-5, 0x1.7bca91b8ce6d9p-62,
            0x1.0bc4620000000p+0, -0x1.702670850e6fcp-5, -0x1.d5c770d1088ffp-62,
            0x1.0b38a00000000p+0, -0x1.5f6e5c078ef33p-5, -0x1.95feb96026b13p-59,
            0x1.0aad720000000p+0, -0x1.4ebf49249e266p-5, 0x1.09b9d682dc093p-60,
            0x1.0a22d40000000p+0, -0x1.3e18cf6a0ae63p-5, -0x1.c5fba66e54dc0p-59,
            0x1.0998c60000000p+0, -0x1.2d7b00d3c5af6p-5, -0x1.d4d4afb747100p-59,
            0x1.090f460000000p+0, -0x1.1ce5b19bc3519p-5, 0x1.2926e20edcd43p-60,
            0x1.0886540000000p+0, -0x1.0c58f379dfa9fp-5, 0x1.b558b787e046ap-59,
            0x1.07fdf00000000p+0, -0x1.f7a9b06782856p-6, 0x1.b6c720c29ccabp-60,
            0x1.0776180000000p+0, -0x1.d6b266d9797f2p-6, 0x1.d50d236f5ba9dp-60,
            0x1.06eecc0000000p+0, -0x1.b5cc2d4b718dfp-6, 0x1.c11d3e93ba455p-60,
            0x1.06680a0000000p+0, -0x1.94f6a9fa24457p-6, 0x1.134a22f78fbc0p-63,
            0x1.05e1d20000000p+0, -0x1.7431ff5d00663p-6, -0x1.387af33cc5d62p-63,
            0x1.055c240000000p+0, -0x1.537e5005f3542p-6, 0x1.796927f381562p-60,
            0x1.04d6fe0000000p+0, -0x1.32db410132ce4p-6, -0x1.869ade7cb9025p-60,
            0x1.04525e0000000p+0, -0x1.1248767507f6ep-6, 0x1.2212b5146c8fep-60,
            0x1.03ce460000000p+0, -0x1.e38d1fc333025p-7, -0x1.1e177baa95f3ep-63,
            0x1.034ab20000000p+0, -0x1.a2a9658170213p-7, -0x1.24dabdb147301p-65,
            0x1.02c7a60000000p+0, -0x1.61e7fa4b53c09p-7, 0x1.8555e71571f36p-63,
            0x1.02451c0000000p+0, -0x1.214629b9ef0e5p-7, 0x1.c8e6055aaa163p-61,
            0x1.01c3160000000p+0, -0x1.c18a6530e251ap-8, -0x1.736e78005d5e4p-62,
            0x1.0141920000000p+0, -0x1.40c8b0c7878dfp-8, 0x1.507c7dc3a6133p-65,
            0x1.00c0900000000p+0, -0x1.808f7028982e7p-9, -0x1.a5a68ee312f7ep-63,
            0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0,
            0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0,
            0x1.fd047a0000000p-1, 0x1.7ee0c33d82f99p-8, 0x1.26159871d269ep-62,
            0x1.fb0c620000000p-1, 0x1.3e7258925a8c3p-7, 0x1.c40c3abc5586bp-61,
            0x1.f9182c0000000p-1, 0x1.bcf6ec47438a8p-7, 0x1.94bda26d506eap-61,
            0x1.f727cc0000000p-1, 0x1.1d7f9bf9eec52p-6, -0x1.220f70c7a6b32p-60,
            0x1.f53b3a0000000p-1, 0x1.5c45ad3b8d391p-6, -0x1.5e16d2e72d8b4p-61,
            0x1.f352680000000p-1, 0x1.9ace80d1cc525p-6, -0x1.57ec6c6952835p-61,
            0x1.f16d4c0000000p-1, 0x1.d91a6f8543ccdp-6, 0x1.d32c6b5a0b406p-60,
            0x1.ef8bdc0000000p-1, 0x1.0b94eae1961a0p-5, -0x1.86f0d4527703ep-61,
            0x1.edae0a0000000p-1, 0x1.2a7ecc314e88cp-5, 0x1.a315cfa9fd4b2p-59,
            0x1.ebd3d00000000p-1, 0x1.494acbb4d911dp-5, -0x1.dd6a40b78dde6p-59,
            0x1.e9fd220000000p-1, 0x1.67f93e994bddcp-5, -0x1.aa18d42023e0bp-60,
            0x1.e829f40000000p-1, 0x1.868a7c683f6dap-5, -0x1.204d3737e4c7ap-60,
            0x1.e65a3e0000000p-1, 0x1.a4fe9baa3d23ap-5, -0x1.8c0202f4e5cd4p-59,
            0x1.e48df60000000p-1, 0x1.c355d61921f39p-5, -0x1.592a11cd48383p-60,
            0x1.e2c5120000000p-1, 0x1.e19067527602cp-5, -0x1.12337fa345b07p-64,
            0x1.e0ff880000000p-1, 0x1.ffae8cd9b9308p-5, -0x1.12f676841c885p-59,
            0x1.df3d500000000p-1, 0x1.0ed831f55271cp-4, 0x1.392ada1b6f365p-60,
            0x1.dd7e5e0000000p-1, 0x1.1dcb27e5b1946p-4, -0x1.460585790db92p-58,
            0x1.dbc2ac0000000p-1, 0x1.2cb0276f5de1fp-4, 0x1.ba532b6a28fe7p-59,
            0x1.da0a300000000p-1, 0x1.3b8752cb1b705p-4, -0x1.0b2972e725273p-58,
            0x1.d854e00000000p-1, 0x1.4a50cd2a1b055p-4, 0x1.7b3dac6b220e9p-59,
            0x1.d6a2b40000000p-1, 0x1.590ca94f01c3ep-4, -0x1.414719bd49175p-59,
            0x1.d4f3a20000000p-1, 0x1.67bb0c2eec108p-4, 0x1.d3da91103a323p-59,
            0x1.d347a40000000p-1, 0x1.765bf8aa6be28p-4, -0x1.c1ab59c22220ap-63,
            0x1.d19eb20000000p-1, 0x1.84ef83b68283bp-4, 0x1.17ee497f916b2p-58,
            0x1.cff8c00000000p-1, 0x1.9375e65595edep-4, 0x1.0dce0322e68c6p-58,
            0x1.ce55c80000000p-1, 0x1.a1ef25a061cf5p-4, 0x1.96e04a8787116p-60,
            0x1.ccb5c40000000p-1, 0x1.b05b472ee4402p-4, -0x1.c7f38541c7810p-58,
            0x1.cb18a80000000p-1, 0x1.beba86a146772p-4, -0x1.5adb7145a4bb0p-58,
            0x1.c97e700000000p-1, 0x1.cd0cd938c13e5p-4, 0x1.5b50d68585f29p-60,
            0x1.c7e7120000000p-1, 0x1.db526a607d938p-4, -0x1.6c4aae6ad2a22p-59,
            0x1.c652860000000p-1, 0x1.e98b547e71467p-4, 0x1.d6a7143a56198p-58,
            0x1.c4c0c60000000p-1, 0x1.f7b7a0a437ddfp-4, 0x1.122ed045ac650p-60,
            0x1.c331ca0000000p-1, 0x1.02ebb547f3d4cp-3, 0x1.bc4641b54e7e8p-59,
            0x1.c1a58c0000000p-1, 0x1.09f55e46719d1p-3, -0x1.8c71681c859ecp-57,
            0x1.c01c020000000p-1, 0x1.10f8e2fe539b2p-3, 0x1.fbfcc61e56c6ap-57,
            0x1.be95260000000p-1, 0x1.17f6494bca61fp-3, -0x1.e77ad6d9403a0p-60,
            0x1.bd10f40000000p-1, 0x1.1eed8e1adc2cap-3, 0x1.a2b844866c589p-57,
            0x1.bb8f600000000p-1, 0x1.25ded36bc6ad9p-3, 0x1.4a9e35b73c1f9p-57,
            0x1.ba10680000000p-1, 0x1.2cca0d8f5f254p-3, -0x1.7e46c3bcb3577p-58,
            0x1.b894020000000p-1, 0x1.33af560b70e51p-3, 0x1.4e17f0aca0d03p-59,
            0x1.b71a280000000p-1, 0x1.3a8eb4431a378p-3, 0x1.fbeafa59978e4p-61,
            0x1.b5a2d40000000p-1, 0x1.41682fdf27bcfp-3, 0x1.83efe8b34d886p-58,
            0x1.b42e000000000p-1, 0x1.483bd0ce6e3edp-3, 0x1.293935070a0f8p-57,
            0x1.b2bba60000000p-1, 0x1.4f099f46230b2p-3, 0x1.a4a02a1b2323fp-61,
            0x1.b14bbe0000000p-1, 0x1.55d1ad3632d6fp-3, -0x1.a80966e065039p-58,
            0x1.afde420000000p-1, 0x1.5c940379972c2p-3, 0x1.372664bdecfe1p-57,
            0x1.ae732e0000000p-1, 0x1.6350a1aeaa758p-3, 0x1.b4eb812d86078p-57,
            0x1.ad0a7a0000000p-1, 0x1.6a079ab37aad8p-3, -0x1.cb36ea36d5d3fp-57,
            0x1.aba4200000000p-1, 0x1.70b8f83a1aa77p-3, -0x1.ec255bdd9a57dp-58,
            0x1.aa401a0000000p-1, 0x1.7764c43cf2131p-3, -0x1.eb65af9ca28b5p-58,
            0x1.a8de640000000p-1, 0x1.7e0aff5b0c278p-3, -0x1.40f135ecbc1b2p-57,
            0x1.a77ef80000000p-1, 0x1.84abb40865144p-3, 0x1.1c82af158415bp-58,
            0x1.a621ce0000000p-1, 0x1.8b46f6b63625dp-3, 0x1.0f4815f697023p-57,
            0x1.a4c6e20000000p-1, 0x1.91dcc8c740bdep-3, 0x1.ab777bfd1742dp-58,
            0x1.a36e2e0000000p-1, 0x1.986d358c180d5p-3, 0x1.6709c786460d3p-57,
            0x1.a217ae0000000p-1, 0x1.9ef83ed369a37p-3, -0x1.8973f83f38b24p-57,
            0x1.a0c35c0000000p-1, 0x1.a57df06a44dd1p-3, 0x1.1a9438263a1d1p-57,
            0x1.9f71320000000p-1, 0x1.abfe566861260p-3, -0x1.7a32dc3680ed0p-57,
            0x1.9e212a0000000p-1, 0x1.b2797d306320fp-3, -0x1.7ae0dba6e0e48p-57,
            0x1.9cd3400000000p-1, 0x1.b8ef678420c3bp-3, -0x1.3337a1c72a7bbp-58,
            0x1.9b87700000000p-1, 0x1.bf601850e44edp-3, 0x1.ca3db541aaa64p-60,
            0x1.9a3db20000000p-1, 0x1.c5cba6a7ae427p-3, -0x1.a5d34ac58822bp-57,
            0x1.98f6040000000p-1, 0x1.cc320bf976502p-3, 0x1.049a653792fdap-57,
            0x1.97b0600000000p-1, 0x1.d29355db6b3ecp-3, -0x1.404a32417ac74p-58,
            0x1.966cc00000000p-1, 0x1.d8ef922f31d5ep-3, 0x1.a03c9b4dd1ca3p-58,
            0x1.952b200000000p-1, 0x1.df46c50722d41p-3, 0x1.456188b71ce35p-57,
            0x1.93eb7e0000000p-1, 0x1.e598e87e87e46p-3, 0x1.a14c121a19f40p-57,
            0x1.92add00000000p-1, 0x1.ebe61f6dd7b0bp-3, -0x1.0cc3f72887db2p-59,
            0x1.9172160000000p-1, 0x1.f22e5a36f106fp-3, 0x1.1a17b6e912fe5p-57,
            0x1.9038480000000p-1, 0x1.f871b21955045p-3, 0x1.9256b635bebeep-58,
            0x1.8f00640000000p-1, 0x1.feb021f6607cep-3, -0x1.9a5595689a92cp-66,
            0x1.8dca640000000p-1, 0x1.0274dcaac2330p-2, -0x1.7cc60e8ca9ba8p-58,
            0x1.8c96440000000p-1, 0x1.058f3edc3ebd2p-2, -0x1.7a3cbf45e1bdbp-56,
            0x1.8b64020000000p-1, 0x1.08a73539c57b2p-2, -0x1.813e791a6ec6dp-57,
            0x1.8a33960000000p-1, 0x1.0bbccd0ad24bep-2, -0x1.7613a28f15195p-56,
            0x1.8904fe0000000p-1, 0x1.0ed0042c57dabp-2, -0x1.3ee869ed300b0p-57,
            0x1.87d8340000000p-1, 0x1.11e0e2f6d9cb7p-2, 0x1.c38198d95359bp-60,
            0x1.86ad360000000p-1, 0x1.14ef676e8685bp-2, -0x1.533dfccd0b907p-56,
            0x1.8583fe0000000p-1, 0x1.17fb9a2350961p-2, -0x1.e387477f45a04p-56,
            0x1.845c8a0000000p-1, 0x1.1b05794107b49p-2, -0x1.224dc55d604fdp-56,
            0x1.8336d40000000p-1, 0x1.1e0d0d8f716c2p-2, -0x1.13592f47cc307p-58,
            0x1.8212da0000000p-1, 0x1.211255626160cp-2, -0x1.2c25d6b27070bp-56,
            0x1.80f0960000000p-1, 0x1.241559b9d1406p-2, -0x1.7eb75715babaap-58,
            0x1.7fd0060000000p-1, 0x1.27161911f853dp-2, 0x1.e42c2ac967563p-57,
            0x1.7eb1240000000p-1, 0x1.2a149ca362bd7p-2, 0x1.5d2e25c3d4df5p-56,
            0x1.7d93f00000000p-1, 0x1.2d10ddb508585p-2, 0x1.69f706e9e8badp-56,
            0x1.7c78620000000p-1, 0x1.300aeb0e6350cp-2, -0x1.8aa44ff3d82b9p-59,
            0x1.7b5e780000000p-1, 0x1.3302c37d86591p-2, 0x1.1f85603afaa1cp-57,
            0x1.7a46300000000p-1, 0x1.35f865d93293ep-2, 0x1.4d8af2d65b002p-59,
            0x1.792f840000000p-1, 0x1.38ebdbdced322p-2, -0x1.f60cc0fff2264p-56,
            0x1.781a720000000p-1, 0x1.3bdd248914b6ap-2, 0x1.7788f17e00949p-56,
            0x1.7706f60000000p-1, 0x1.3ecc445cf5f56p-2, -0x1.52a4fea524f49p-56,
            0x1.75f50c0000000p-1, 0x1.41b93ff0e0bf5p-2, 0x1.186c132dffc7bp-56,
            0x1.74e4b00000000p-1, 0x1.44a41bf63c47cp-2, 0x1.f0f37d64fcdafp-56,
            0x1.73d5e00000000p-1, 0x1.478cd7b59b3e2p-2, 0x1.b7e1c4ce851e3p-58,
            0x1.72c89a0000000p-1, 0x1.4a737280cf99bp-2, -0x1.2d97ec94ac6ddp-57,
            0x1.71bcd80000000p-1, 0x1.4d57f6c6fe289p-2, -0x1.5804cb8123a6ep-61,
            0x1.70b2960000000p-1, 0x1.503a6992b1cb7p-2, -0x1.7eb1685063e26p-57,
            0x1.6fa9d40000000p-1, 0x1.531ac4e3ee77fp-2, -0x1.60026cb32b71dp-56,
            0x1.6ea28e0000000p-1, 0x1.55f90de043eefp-2, 0x1.268361669d193p-57,
            0x1.6d9cbe0000000p-1, 0x1.58d54f60e02f2p-2, 0x1.26a53ca7ec909p-56,
            0x1.6c98640000000p-1, 0x1.5baf838ea1b1bp-2, -0x1.007874d2e32d6p-56,
            0x1.6b957c0000000p-1, 0x1.5e87afd029554p-2, -0x1.ef84bd34ace88p-59,
            0x1.6a94020000000p-1, 0x1.615dd9a5ec142p-2, -0x1.40ef5bdf256acp-58
    };

    private Logarithm() {
    }

    /**
     * Returns the natural logarithm of {@code x}, within one ulp of the exact value (see the
     * class description), with the special values of {@link Math#log(double)}.
     *
     * @param x a value
     * @return ln x; {@code -∞} for ±0, {@code +∞} for {@code +∞}, {@code NaN} for {@code NaN} and x &lt; 0
     */
    public static double ln(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (Long.compareUnsigned(bits - MIN_NORMAL_BITS, NORMAL_RANGE) >= 0) {
            return special(x);
        }
        return normal(bits, 0);
    }

    /**
     * @param bits   the bit pattern of a positive normal double y
     * @param kShift added to the exponent: the result is ln(2^kShift · y)
     * @return the logarithm
     */
    private static double normal(long bits, int kShift) {
        long t = bits - OFFSET;
        long k = (t >> 52) + kShift;
        int row = 3 * ((int) (t >>> (52 - INDEX_BITS)) & ((1 << INDEX_BITS) - 1));
        double m = Double.longBitsToDouble(bits - (t >> 52 << 52));
        double c = TABLE[row];
        double tableHi = TABLE[row + 1];
        double tableLo = TABLE[row + 2];
        double r = Math.fma(m, c, -1.0);
        double kd = k;
        double a = kd * LN2_HI;
        double hi = a + tableHi;
        double hiError = (a - hi) + tableHi;
        double s = hi + r;
        double sError = (hi - s) + r;
        double r2 = r * r;
        double q = (C2 + r * C3) + r2 * ((C4 + r * C5) + r2 * (C6 + r * C7));
        double tail = ((hiError + sError) + (kd * LN2_LO + tableLo)) + r2 * q;
        return s + tail;
    }

    private static double special(double x) {
        if (x > 0 && x < Double.MIN_NORMAL) {
            return normal(Double.doubleToRawLongBits(x * 0x1p52), -52);
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return x == Double.POSITIVE_INFINITY ? x : Double.NaN;
    }
}
