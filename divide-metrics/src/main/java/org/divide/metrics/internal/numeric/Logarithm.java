package org.divide.metrics.internal.numeric;

/**
 * A fast, accurate natural logarithm: {@link #ln(double)} is within 0.8 units in the last place
 * (ulp) of ln x for every {@code double}, has the special values of {@link Math#log(double)}, and
 * takes a little over half its time in a loop. Results are the same on every JVM and platform.
 * Not API.
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
 *       rounded to 24 bits, and ln(1/c<sub>j</sub>) as a sum of two doubles hi + lo, hi a multiple
 *       of 2<sup>−43</sup> (so that k·ln2<sub>hi</sub> + hi is exact) and hi + lo within
 *       2<sup>−97</sup> of ln(1/c<sub>j</sub>). For the two subintervals next to 1, c<sub>j</sub> = 1
 *       exactly, so that near 1 the result is the polynomial alone.</li>
 *   <li>r = m·c<sub>j</sub> − 1 with one fused multiply-add ({@link Math#fma}), so r has a single
 *       rounding; |r| &lt; 2<sup>−9</sup>, and |r| &lt; 2<sup>−8</sup> where c<sub>j</sub> = 1 (then r
 *       = m − 1 is exact).</li>
 *   <li>ln x = k·ln 2 + ln(1/c<sub>j</sub>) + ln(1 + r), with ln 2 split into a 42-bit head and
 *       a tail, so that k·head + hi is exact (one FMA), and ln(1 + r) ≈ r + r²·q(r), the Taylor
 *       polynomial of degree 7 (q of degree 5, evaluated with FMAs in Estrin's scheme). The
 *       large parts (k·head + hi) + r are added with an error-free transformation (Fast2Sum;
 *       the operand of larger magnitude comes first: |k·head + hi| ≥ 0.34 when k ≠ 0, and
 *       ≥ 1.5·2<sup>−9</sup> &gt; |r| when k = 0 and c<sub>j</sub> ≠ 1, and 0 when c<sub>j</sub> = 1),
 *       and the small parts (its rounding error, k·tail, lo, r²·q) are added into a tail before
 *       the one final rounding.</li>
 * </ol>
 *
 * <h2>Error bound</h2>
 * Besides the final rounding (½ ulp), the result carries the rounding of r, which matters only
 * for k = 0 and m in a subinterval with c<sub>j</sub> ≠ 1: there |ln x| ≥ 2<sup>−9</sup> and
 * |r| &lt; 2<sup>−9</sup>, so it is at most ¼ ulp; the truncation of the series,
 * |r|<sup>8</sup>/8 (relative to ln x at most 2<sup>−59</sup>, or 2<sup>−7</sup> ulp, where
 * c<sub>j</sub> = 1); the error of hi + lo (2<sup>−97</sup>); and roundings in the tail, of order
 * 2<sup>−8</sup> ulp. The bound is therefore below 0.8 ulp. Measured: at most 0.705 ulp against
 * a double-double reference on 3·10<sup>6</sup> values (all binades, near 1, lognormal;
 * {@link Math#log(double)} 0.514, {@link StrictMath#log(double)} 0.880 on the same values),
 * and never more than 1 ulp from {@link StrictMath#log(double)} on 10<sup>8</sup> values
 * (random bit patterns over all binades, values within 2<sup>−50</sup> to ½ of 1, subnormals,
 * lognormal), equal to it on 99.2 % of them. Special values are those of
 * {@link Math#log(double)}: ln(±0) = −∞, ln(+∞) = +∞, ln(1) = +0, and {@code NaN} for
 * {@code NaN} and negative x.
 *
 * <h2>Cost</h2>
 * One table row (three doubles of a 6 KiB table) and about 16 floating-point operations, 9 of
 * them FMAs or products, without a division or a data-dependent branch, so independent calls
 * overlap well in a loop: about 1.8 times the throughput of {@link Math#log(double)} (a JVM
 * intrinsic) and 4 times that of {@link StrictMath#log(double)} on x86-64 (see
 * {@code LogarithmBenchmark}). {@link Math#fma} is a single instruction on x86-64 processors since 2013
 * (Haswell, Piledriver) and on AArch64; on hardware without FMA the JVM emulates it and this
 * method is correct but slow.
 *
 * <h2>References</h2>
 * <ul>
 *   <li>P. T. P. Tang (1990), Table-driven implementation of the logarithm function in IEEE
 *       floating-point arithmetic, ACM Transactions on Mathematical Software 16(4), 378–400,
 *       doi:10.1145/98267.98294.</li>
 *   <li>J.-M. Muller (2016), Elementary Functions: Algorithms and Implementation, 3rd ed.,
 *       Birkhäuser, doi:10.1007/978-1-4899-7983-4 (table-based methods; the Fast2Sum
 *       algorithm).</li>
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
    static final double[] TABLE = {
            0x1.6993f40000000p+0, -0x1.61965edf03000p-2, 0x1.f49ae60267238p-45,
            0x1.68954e0000000p+0, -0x1.5ec43457c3800p-2, 0x1.295ec1bac039dp-45,
            0x1.67980e0000000p+0, -0x1.5bf4069344000p-2, 0x1.2706c2b6899b5p-45,
            0x1.669c320000000p+0, -0x1.5925d57712800p-2, -0x1.24d0270ee0508p-45,
            0x1.65a1b40000000p+0, -0x1.5659956a95000p-2, -0x1.4c11b2bae18d5p-46,
            0x1.64a8940000000p+0, -0x1.538f4be4f7000p-2, -0x1.7de69e4575ea5p-45,
            0x1.63b0ce0000000p+0, -0x1.50c6f2df1b800p-2, -0x1.7a2b985fc511ep-46,
            0x1.62ba5e0000000p+0, -0x1.4e0084378b800p-2, -0x1.5e2a07c05e739p-45,
            0x1.61c5440000000p+0, -0x1.4b3c054668000p-2, 0x1.6f238813bcf38p-46,
            0x1.60d17c0000000p+0, -0x1.48796fcd58800p-2, 0x1.24101cd26fd43p-47,
            0x1.5fdf040000000p+0, -0x1.45b8c3457e000p-2, 0x1.f4f64e70c4111p-47,
            0x1.5eedd60000000p+0, -0x1.42f9f37162800p-2, 0x1.bf0c8420c1bb3p-46,
            0x1.5dfdf40000000p+0, -0x1.403d0b50ea800p-2, 0x1.d3e30b9758aa3p-48,
            0x1.5d0f560000000p+0, -0x1.3d81f8a347000p-2, 0x1.2a2126ad25887p-45,
            0x1.5c22000000000p+0, -0x1.3ac8cc38e6000p-2, 0x1.d4befbbed68f5p-45,
            0x1.5b35ea0000000p+0, -0x1.381173a365000p-2, 0x1.a85dcd39cb847p-45,
            0x1.5a4b140000000p+0, -0x1.355bf3e183000p-2, 0x1.bf2ec894ac8adp-45,
            0x1.59617a0000000p+0, -0x1.32a8461b12000p-2, -0x1.4d8cf139ecb0cp-47,
            0x1.58791a0000000p+0, -0x1.2ff6694eea800p-2, -0x1.ce70a2f6b9117p-46,
            0x1.5791f40000000p+0, -0x1.2d466266dd000p-2, 0x1.8dceedcb78276p-45,
            0x1.56ac020000000p+0, -0x1.2a982463a4000p-2, 0x1.24410955dee3cp-45,
            0x1.55c7420000000p+0, -0x1.27ebae16d9000p-2, 0x1.b32d840ba0c24p-45,
            0x1.54e3b40000000p+0, -0x1.25410448e5800p-2, 0x1.38ce6fc4243f0p-46,
            0x1.5401540000000p+0, -0x1.22981fbaf7800p-2, -0x1.7af787da9fc97p-46,
            0x1.5320200000000p+0, -0x1.1ff0ff1cf4800p-2, 0x1.65c4aebfbbe96p-48,
            0x1.5240160000000p+0, -0x1.1d4ba1136c000p-2, -0x1.1be1c3c71d99fp-45,
            0x1.5161320000000p+0, -0x1.1aa7fe258d000p-2, -0x1.9ecda561820b8p-45,
            0x1.5083740000000p+0, -0x1.18061aeb18800p-2, -0x1.6baff6f3a648ap-45,
            0x1.4fa6d80000000p+0, -0x1.1565efcc56000p-2, 0x1.f65edfb43efd0p-49,
            0x1.4ecb5c0000000p+0, -0x1.12c77b3407000p-2, -0x1.35fb289fbbc4ep-46,
            0x1.4df1000000000p+0, -0x1.102ac1a35d000p-2, 0x1.f2fbddfdd2bdcp-45,
            0x1.4d17be0000000p+0, -0x1.0d8fb52deb000p-2, -0x1.ddbf406d21ce3p-46,
            0x1.4c3f980000000p+0, -0x1.0af660639e000p-2, -0x1.3c33ff52871afp-45,
            0x1.4b688a0000000p+0, -0x1.085ebb5eae800p-2, 0x1.d0b3e0a79c23ap-48,
            0x1.4a92900000000p+0, -0x1.05c8be1d96000p-2, -0x1.ad0e1c77ccb83p-45,
            0x1.49bdaa0000000p+0, -0x1.03346cef06000p-2, -0x1.80d56a94c1121p-48,
            0x1.48e9d60000000p+0, -0x1.00a1c5ebda800p-2, 0x1.c6e156ee9ece9p-45,
            0x1.4817120000000p+0, -0x1.fc218e4221000p-3, 0x1.69efb61c1b200p-45,
            0x1.47455a0000000p+0, -0x1.f702d09b78000p-3, 0x1.0c0299675d414p-46,
            0x1.4674ae0000000p+0, -0x1.f1e75b41fa000p-3, 0x1.0d46165f5116bp-45,
            0x1.45a50c0000000p+0, -0x1.eccf2a07e9000p-3, -0x1.01b2f7057d712p-46,
            0x1.44d6720000000p+0, -0x1.e7ba38a778000p-3, 0x1.dd68f235df3eep-47,
            0x1.4408dc0000000p+0, -0x1.e2a8761eb3000p-3, 0x1.f84bc21e6445bp-46,
            0x1.433c4a0000000p+0, -0x1.dd99ea8b6d000p-3, -0x1.f7afeec66febdp-45,
            0x1.4270ba0000000p+0, -0x1.d88e915f2f000p-3, -0x1.12673bb909544p-45,
            0x1.41a62a0000000p+0, -0x1.d38665f31f000p-3, -0x1.1920858ed8a0bp-45,
            0x1.40dc980000000p+0, -0x1.ce816387f2000p-3, 0x1.9f3cfa20617dap-45,
            0x1.4014020000000p+0, -0x1.c97f8545d4000p-3, -0x1.3555768ebb188p-45,
            0x1.3f4c660000000p+0, -0x1.c480c63c5d000p-3, 0x1.aac9d27cd3b35p-46,
            0x1.3e85c20000000p+0, -0x1.bf85216275000p-3, -0x1.508ff2822a697p-45,
            0x1.3dc0140000000p+0, -0x1.ba8c91964b000p-3, 0x1.73af22eeeb591p-46,
            0x1.3cfb5c0000000p+0, -0x1.b5971e893b000p-3, 0x1.9c717f11cb06ap-46,
            0x1.3c37960000000p+0, -0x1.b0a4b60bc2000p-3, 0x1.2effd9c3881d5p-45,
            0x1.3b74c20000000p+0, -0x1.abb55fad69000p-3, -0x1.d057454570064p-46,
            0x1.3ab2dc0000000p+0, -0x1.a6c908fcb7000p-3, -0x1.de7e3eecec729p-50,
            0x1.39f1e60000000p+0, -0x1.a1dfc6731b000p-3, -0x1.fad05bf661edfp-45,
            0x1.3931da0000000p+0, -0x1.9cf97860e1000p-3, 0x1.510487a579604p-47,
            0x1.3872ba0000000p+0, -0x1.9816332d1b000p-3, 0x1.62d0302dfa4b2p-45,
            0x1.37b4820000000p+0, -0x1.9335e3f995000p-3, 0x1.9eb1bca8794dbp-45,
            0x1.36f7320000000p+0, -0x1.8e589206c3000p-3, 0x1.26181d333d729p-46,
            0x1.363ac60000000p+0, -0x1.897e2a33b2000p-3, 0x1.96e63780cfae6p-45,
            0x1.357f3e0000000p+0, -0x1.84a6b39df5000p-3, -0x1.20cdda8be5fc8p-47,
            0x1.34c49a0000000p+0, -0x1.7fd235699a000p-3, 0x1.679d073eb9cfcp-46,
            0x1.340ad40000000p+0, -0x1.7b008edd15000p-3, -0x1.42f3ed3db36b7p-46,
            0x1.3351ee0000000p+0, -0x1.7631d43536000p-3, 0x1.6260007da8b74p-45,
            0x1.3299e60000000p+0, -0x1.7165ff1d14000p-3, -0x1.468317cd34bcap-49,
            0x1.31e2ba0000000p+0, -0x1.6c9d092604000p-3, 0x1.d55c2fd8230a7p-50,
            0x1.312c680000000p+0, -0x1.67d6ebc785000p-3, -0x1.db3eb9eb45effp-45,
            0x1.3076ee0000000p+0, -0x1.6313a05f36000p-3, 0x1.499c1cf355be2p-46,
            0x1.2fc24c0000000p+0, -0x1.5e532dacc1000p-3, -0x1.c303f188b658ep-45,
            0x1.2f0e800000000p+0, -0x1.59958cf1d5000p-3, -0x1.743e9a246d7ebp-46,
            0x1.2e5b880000000p+0, -0x1.54dab75610000p-3, -0x1.6ea5ae5a3a9bdp-45,
            0x1.2da9640000000p+0, -0x1.5022b37af7000p-3, 0x1.6ef3d01927bc6p-45,
            0x1.2cf8100000000p+0, -0x1.4b6d6ccfe2000p-3, -0x1.4d4ccf55a20fcp-46,
            0x1.2c478e0000000p+0, -0x1.46baf775f6000p-3, 0x1.39a2d86dabff6p-46,
            0x1.2b97d80000000p+0, -0x1.420b310410000p-3, 0x1.1730ac85c037ap-46,
            0x1.2ae8f00000000p+0, -0x1.3d5e2d86bc000p-3, -0x1.3920f84e9aaa0p-46,
            0x1.2a3ad40000000p+0, -0x1.38b3e5b827000p-3, -0x1.19d06572fe165p-45,
            0x1.298d840000000p+0, -0x1.340c5ffc11000p-3, -0x1.00da510a9373ep-45,
            0x1.28e0fa0000000p+0, -0x1.2f677957c1000p-3, 0x1.5d79bfd4b162bp-45,
            0x1.28353a0000000p+0, -0x1.2ac55399f6000p-3, 0x1.d7d2750b48048p-46,
            0x1.278a3e0000000p+0, -0x1.2625cb8ade000p-3, 0x1.a3784f34c1033p-48,
            0x1.26e00a0000000p+0, -0x1.2189030c07000p-3, -0x1.229a18328fed1p-46,
            0x1.2636980000000p+0, -0x1.1ceed6a853000p-3, -0x1.cb4c38e17f013p-45,
            0x1.258de80000000p+0, -0x1.18574c6bed000p-3, 0x1.c25dba3290749p-48,
            0x1.24e5f80000000p+0, -0x1.13c25c6c3a000p-3, 0x1.d3401d963be59p-45,
            0x1.243eca0000000p+0, -0x1.0f301aabcf000p-3, -0x1.dcb09e591bd1dp-48,
            0x1.2398580000000p+0, -0x1.0aa0632267000p-3, -0x1.6c8c851b3f7b4p-45,
            0x1.22f2a60000000p+0, -0x1.061357d0d5000p-3, 0x1.3efe3ef79d2e6p-45,
            0x1.224dae0000000p+0, -0x1.0188d470f6000p-3, -0x1.3d4a41d04425fp-47,
            0x1.21a9700000000p+0, -0x1.fa01bd9b58000p-4, 0x1.b4b91fb7b07dbp-47,
            0x1.2105ee0000000p+0, -0x1.f0f715c59a000p-4, 0x1.a89136794383fp-45,
            0x1.2063220000000p+0, -0x1.e7f1680232000p-4, -0x1.a7b428870fa18p-45,
            0x1.1fc10e0000000p+0, -0x1.def0dc1c66000p-4, -0x1.b669b3da443ecp-45,
            0x1.1f1fb00000000p+0, -0x1.d5f5611922000p-4, 0x1.eaf1c679b9403p-45,
            0x1.1e7f060000000p+0, -0x1.ccfee5c6e2000p-4, 0x1.90f65e00add77p-45,
            0x1.1ddf0e0000000p+0, -0x1.c40d58bda6000p-4, 0x1.c7fd8182dcdaep-47,
            0x1.1d3fca0000000p+0, -0x1.bb20e1ced6000p-4, -0x1.2b1d55563db8ap-45,
            0x1.1ca1380000000p+0, -0x1.b2396f8530000p-4, 0x1.3074773c8bb13p-48,
            0x1.1c03540000000p+0, -0x1.a956d35cae000p-4, 0x1.9caf33fd3c43bp-48,
            0x1.1b66200000000p+0, -0x1.a079351278000p-4, 0x1.b45e6c97f8c6ap-47,
            0x1.1ac9980000000p+0, -0x1.97a065c4cc000p-4, 0x1.c19e17494d5a5p-48,
            0x1.1a2dbe0000000p+0, -0x1.8ecc8d32ec000p-4, 0x1.25399fe711bdbp-45,
            0x1.1992900000000p+0, -0x1.85fd993506000p-4, -0x1.4623fccdeb847p-45,
            0x1.18f80a0000000p+0, -0x1.7d335a442a000p-4, 0x1.93913c396f8d6p-45,
            0x1.185e300000000p+0, -0x1.746e154226000p-4, -0x1.d96cd23c9c3dbp-45,
            0x1.17c4fc0000000p+0, -0x1.6bad7d3188000p-4, -0x1.d02f8c05a0c15p-47,
            0x1.172c700000000p+0, -0x1.62f1b9bd78000p-4, 0x1.190257edab379p-45,
            0x1.16948a0000000p+0, -0x1.5a3ab809ae000p-4, 0x1.def3819591741p-48,
            0x1.15fd4a0000000p+0, -0x1.5188827a62000p-4, 0x1.ab9831339f2d1p-45,
            0x1.1566ac0000000p+0, -0x1.48dae86c32000p-4, 0x1.fdce2bee5a911p-45,
            0x1.14d0b20000000p+0, -0x1.4032118c14000p-4, -0x1.69c9e6aa91630p-45,
            0x1.143b580000000p+0, -0x1.378dccd74a000p-4, 0x1.253a1ae556947p-45,
            0x1.13a6a00000000p+0, -0x1.2eee41fb40000p-4, -0x1.4bf1edb7badb4p-47,
            0x1.1312880000000p+0, -0x1.26535d5d8c000p-4, -0x1.7d69c0757cdb7p-47,
            0x1.127f100000000p+0, -0x1.1dbd2903d2000p-4, 0x1.be28c9a1f3205p-46,
            0x1.11ec340000000p+0, -0x1.152b732bb4000p-4, 0x1.a60ed072f7ebcp-47,
            0x1.1159f60000000p+0, -0x1.0c9e6382c4000p-4, -0x1.c2901c9754466p-45,
            0x1.10c8540000000p+0, -0x1.0415e5ee74000p-4, -0x1.f5e9cbb6ce51ep-47,
            0x1.10374c0000000p+0, -0x1.f723cc37fc000p-5, -0x1.273b516511bd7p-47,
            0x1.0fa6de0000000p+0, -0x1.e624db50b4000p-5, -0x1.d9a98d76e054bp-45,
            0x1.0f17080000000p+0, -0x1.d52ed0005c000p-5, -0x1.86581abab42cep-45,
            0x1.0e87cc0000000p+0, -0x1.c441f9cf74000p-5, 0x1.602ba6ca0ccdep-45,
            0x1.0df9260000000p+0, -0x1.b35df2c58c000p-5, 0x1.7c07a483d5ba9p-47,
            0x1.0d6b160000000p+0, -0x1.a282cd9938000p-5, 0x1.efcf1c0bffacfp-45,
            0x1.0cdd9a0000000p+0, -0x1.91b0601fd8000p-5, 0x1.a9c09bfc7cd87p-46,
            0x1.0c50b40000000p+0, -0x1.80e6f9dd8c000p-5, -0x1.965e84356e473p-46,
            0x1.0bc4620000000p+0, -0x1.7026708510000p-5, 0x1.903f151c47978p-45,
            0x1.0b38a00000000p+0, -0x1.5f6e5c0790000p-5, 0x1.0cc9a8051a7f6p-45,
            0x1.0aad720000000p+0, -0x1.4ebf4924a0000p-5, 0x1.d9a21373ad05cp-45,
            0x1.0a22d40000000p+0, -0x1.3e18cf6a0c000p-5, 0x1.19c8e8116646bp-45,
            0x1.0998c60000000p+0, -0x1.2d7b00d3c4000p-5, -0x1.af675352bedd2p-45,
            0x1.090f460000000p+0, -0x1.1ce5b19bc4000p-5, 0x1.5ce4a49b883b7p-46,
            0x1.0886540000000p+0, -0x1.0c58f379e0000p-5, 0x1.585b558b787e0p-47,
            0x1.07fdf00000000p+0, -0x1.f7a9b06780000p-6, -0x1.42ac9271be7acp-45,
            0x1.0776180000000p+0, -0x1.d6b266d978000p-6, -0x1.7f18abcb72429p-46,
            0x1.06eecc0000000p+0, -0x1.b5cc2d4b70000p-6, -0x1.8de8fb8b05b11p-46,
            0x1.06680a0000000p+0, -0x1.94f6a9fa28000p-6, 0x1.dd4844d288bdep-45,
            0x1.05e1d20000000p+0, -0x1.7431ff5d00000p-6, -0x1.98c270f5e6799p-48,
            0x1.055c240000000p+0, -0x1.537e5005f0000p-6, -0x1.aa0d0d2db0190p-45,
            0x1.04d6fe0000000p+0, -0x1.32db410130000p-6, -0x1.67230d35bcf97p-45,
            0x1.04525e0000000p+0, -0x1.1248767508000p-6, 0x1.2491095a8a364p-51,
            0x1.03ce460000000p+0, -0x1.e38d1fc330000p-7, -0x1.81288f0bbdd55p-46,
            0x1.034ab20000000p+0, -0x1.a2a9658170000p-7, -0x1.098249b57b629p-50,
            0x1.02c7a60000000p+0, -0x1.61e7fa4b50000p-7, -0x1.e0473d550c754p-46,
            0x1.02451c0000000p+0, -0x1.214629b9f0000p-7, 0x1.e36e47302ad55p-48,
            0x1.01c3160000000p+0, -0x1.c18a6530e0000p-8, -0x1.28d2e6dcf000cp-47,
            0x1.0141920000000p+0, -0x1.40c8b0c780000p-8, -0x1.e37bd5f070479p-46,
            0x1.00c0900000000p+0, -0x1.808f702880000p-9, -0x1.82e76969a3b8cp-45,
            0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0,
            0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0,
            0x1.fd047a0000000p-1, 0x1.7ee0c33d80000p-8, 0x1.7cca4c2b30e3ap-47,
            0x1.fb0c620000000p-1, 0x1.3e72589260000p-7, -0x1.5cf23bf3c543bp-45,
            0x1.f9182c0000000p-1, 0x1.bcf6ec4740000p-7, 0x1.c543297b44daap-46,
            0x1.f727cc0000000p-1, 0x1.1d7f9bf9f0000p-6, -0x1.3ae4883dc31eap-46,
            0x1.f53b3a0000000p-1, 0x1.5c45ad3b90000p-6, -0x1.63795e16d2e73p-45,
            0x1.f352680000000p-1, 0x1.9ace80d1d0000p-6, -0x1.d6d957ec6c695p-45,
            0x1.f16d4c0000000p-1, 0x1.d91a6f8540000p-6, 0x1.e66ba658d6b41p-45,
            0x1.ef8bdc0000000p-1, 0x1.0b94eae198000p-5, -0x1.e60186f0d4527p-45,
            0x1.edae0a0000000p-1, 0x1.2a7ecc3150000p-5, -0x1.773973a8c1581p-45,
            0x1.ebd3d00000000p-1, 0x1.494acbb4d8000p-5, 0x1.11c88a56fd21dp-45,
            0x1.e9fd220000000p-1, 0x1.67f93e994c000p-5, -0x1.121aa18d42024p-48,
            0x1.e829f40000000p-1, 0x1.868a7c6840000p-5, -0x1.24c48134dcdf9p-46,
            0x1.e65a3e0000000p-1, 0x1.a4fe9baa3c000p-5, 0x1.2399cff7f42c7p-45,
            0x1.e48df60000000p-1, 0x1.c355d61920000p-5, 0x1.f38d4dabdc657p-45,
            0x1.e2c5120000000p-1, 0x1.e190675278000p-5, -0x1.fd4022466ff47p-45,
            0x1.e0ff880000000p-1, 0x1.ffae8cd9b8000p-5, 0x1.307bb42625ef9p-45,
            0x1.df3d500000000p-1, 0x1.0ed831f552000p-4, 0x1.c704e4ab686dcp-46,
            0x1.dd7e5e0000000p-1, 0x1.1dcb27e5b2000p-4, -0x1.ae9460585790ep-46,
            0x1.dbc2ac0000000p-1, 0x1.2cb0276f5e000p-4, -0x1.e0c8b59a92baep-48,
            0x1.da0a300000000p-1, 0x1.3b8752cb1c000p-4, -0x1.1f68594b97393p-45,
            0x1.d854e00000000p-1, 0x1.4a50cd2a1c000p-4, -0x1.f55a13094e537p-45,
            0x1.d6a2b40000000p-1, 0x1.590ca94f02000p-4, -0x1.e11414719bd49p-47,
            0x1.d4f3a20000000p-1, 0x1.67bb0c2eec000p-4, 0x1.083a7b5222074p-48,
            0x1.d347a40000000p-1, 0x1.765bf8aa6c000p-4, -0x1.d8038356b3844p-48,
            0x1.d19eb20000000p-1, 0x1.84ef83b682000p-4, 0x1.0768bf724bfc9p-45,
            0x1.cff8c00000000p-1, 0x1.9375e65596000p-4, -0x1.21bc8c7f37466p-48,
            0x1.ce55c80000000p-1, 0x1.a1ef25a062000p-4, -0x1.857348fdabc3cp-47,
            0x1.ccb5c40000000p-1, 0x1.b05b472ee4000p-4, 0x1.006380c7abe38p-46,
            0x1.cb18a80000000p-1, 0x1.beba86a146000p-4, 0x1.dc6a5248eba5bp-46,
            0x1.c97e700000000p-1, 0x1.cd0cd938c2000p-4, -0x1.835d495e52f4fp-45,
            0x1.c7e7120000000p-1, 0x1.db526a607e000p-4, -0x1.b20b625573569p-46,
            0x1.c652860000000p-1, 0x1.e98b547e72000p-4, -0x1.73114ac75e2d5p-45,
            0x1.c4c0c60000000p-1, 0x1.f7b7a0a438000p-4, -0x1.10776e897dd2ap-47,
            0x1.c331ca0000000p-1, 0x1.02ebb547f4000p-3, -0x1.59f21dcdf2559p-46,
            0x1.c1a58c0000000p-1, 0x1.09f55e4672000p-3, -0x1.8bd8c71681c86p-45,
            0x1.c01c020000000p-1, 0x1.10f8e2fe54000p-3, -0x1.936040339e1a9p-45,
            0x1.be95260000000p-1, 0x1.17f6494bca000p-3, 0x1.87bc310a524d8p-45,
            0x1.bd10f40000000p-1, 0x1.1eed8e1adc000p-3, 0x1.6534570890cd9p-46,
            0x1.bb8f600000000p-1, 0x1.25ded36bc7000p-3, -0x1.49ab561ca48c4p-45,
            0x1.ba10680000000p-1, 0x1.2cca0d8f5f000p-3, 0x1.29e81b93c434dp-46,
            0x1.b894020000000p-1, 0x1.33af560b71000p-3, -0x1.aeeb1e80f535fp-47,
            0x1.b71a280000000p-1, 0x1.3a8eb4431a000p-3, 0x1.bc03f7d5f4b33p-46,
            0x1.b5a2d40000000p-1, 0x1.41682fdf28000p-3, -0x1.0c33e080ba659p-45,
            0x1.b42e000000000p-1, 0x1.483bd0ce6e000p-3, 0x1.f6a52726a0e14p-46,
            0x1.b2bba60000000p-1, 0x1.4f099f4623000p-3, 0x1.640d250150d92p-48,
            0x1.b14bbe0000000p-1, 0x1.55d1ad3633000p-3, -0x1.489a80966e065p-46,
            0x1.afde420000000p-1, 0x1.5c94037997000p-3, 0x1.6126e4cc97bdap-46,
            0x1.ae732e0000000p-1, 0x1.6350a1aeaa000p-3, 0x1.d61b4eb812d86p-45,
            0x1.ad0a7a0000000p-1, 0x1.6a079ab37b000p-3, -0x1.4a1cb36ea36d6p-45,
            0x1.aba4200000000p-1, 0x1.70b8f83a1b000p-3, -0x1.624f612adeecdp-45,
            0x1.aa401a0000000p-1, 0x1.7764c43cf2000p-3, 0x1.30c2934a0c6bbp-47,
            0x1.a8de640000000p-1, 0x1.7e0aff5b0c000p-3, 0x1.3bd7e1d942688p-46,
            0x1.a77ef80000000p-1, 0x1.84abb40865000p-3, 0x1.44239055e2b08p-47,
            0x1.a621ce0000000p-1, 0x1.8b46f6b636000p-3, 0x1.2ea1e902bed2ep-46,
            0x1.a4c6e20000000p-1, 0x1.91dcc8c741000p-3, -0x1.0872a44420174p-45,
            0x1.a36e2e0000000p-1, 0x1.986d358c18000p-3, 0x1.aab384e3c3230p-48,
            0x1.a217ae0000000p-1, 0x1.9ef83ed36a000p-3, -0x1.7258973f83f39p-45,
            0x1.a0c35c0000000p-1, 0x1.a57df06a45000p-3, -0x1.175cad78fb38cp-46,
            0x1.9f71320000000p-1, 0x1.abfe566861000p-3, 0x1.2fd0b9a4792fep-46,
            0x1.9e212a0000000p-1, 0x1.b2797d3063000p-3, 0x1.0750a3e48b23ep-46,
            0x1.9cd3400000000p-1, 0x1.b8ef678421000p-3, -0x1.e293337a1c72ap-46,
            0x1.9b87700000000p-1, 0x1.bf601850e4000p-3, 0x1.3b43947b6a835p-45,
            0x1.9a3db20000000p-1, 0x1.c5cba6a7ae000p-3, 0x1.09a5a2cb53a78p-45,
            0x1.98f6040000000p-1, 0x1.cc320bf976000p-3, 0x1.409049a653793p-45,
            0x1.97b0600000000p-1, 0x1.d29355db6b000p-3, 0x1.f5ebfb5cdbe85p-46,
            0x1.966cc00000000p-1, 0x1.d8ef922f32000p-3, -0x1.50e5fc364b22ep-46,
            0x1.952b200000000p-1, 0x1.df46c50723000p-3, -0x1.5f5753cee91c6p-46,
            0x1.93eb7e0000000p-1, 0x1.e598e87e88000p-3, -0x1.b997acfb79798p-47,
            0x1.92add00000000p-1, 0x1.ebe61f6dd8000p-3, -0x1.3d44330fdca22p-45,
            0x1.9172160000000p-1, 0x1.f22e5a36f1000p-3, 0x1.bd1a17b6e9130p-49,
            0x1.9038480000000p-1, 0x1.f871b21955000p-3, 0x1.14c92b5b1adf6p-49,
            0x1.8f00640000000p-1, 0x1.feb021f660000p-3, 0x1.f37ff32d5354cp-45,
            0x1.8dca640000000p-1, 0x1.0274dcaac2000p-2, 0x1.97f419cf8b9abp-45,
            0x1.8c96440000000p-1, 0x1.058f3edc3e800p-2, 0x1.e8d0b8681743dp-45,
            0x1.8b64020000000p-1, 0x1.08a73539c5800p-2, -0x1.38c09f3c8d376p-48,
            0x1.8a33960000000p-1, 0x1.0bbccd0ad2800p-2, -0x1.a12ec27451e2ap-45,
            0x1.8904fe0000000p-1, 0x1.0ed0042c58000p-2, -0x1.2a93ee869ed30p-45,
            0x1.87d8340000000p-1, 0x1.11e0e2f6da000p-2, -0x1.a47c78fcce4d6p-45,
            0x1.86ad360000000p-1, 0x1.14ef676e86800p-2, 0x1.6aacc20332f47p-48,
            0x1.8583fe0000000p-1, 0x1.17fb9a2350800p-2, 0x1.60871e2e202e9p-46,
            0x1.845c8a0000000p-1, 0x1.1b05794107800p-2, 0x1.a45bb6475453fp-45,
            0x1.8336d40000000p-1, 0x1.1e0d0d8f71800p-2, -0x1.3e113592f47ccp-46,
            0x1.8212da0000000p-1, 0x1.2112556261800p-2, -0x1.f44b0975ac9c2p-46,
            0x1.80f0960000000p-1, 0x1.241559b9d1800p-2, -0x1.fd0bf5bab8addp-45,
            0x1.7fd0060000000p-1, 0x1.27161911f8800p-2, -0x1.6161bd3d53699p-45,
            0x1.7eb1240000000p-1, 0x1.2a149ca362800p-2, 0x1.ebaba5c4b87aap-45,
            0x1.7d93f00000000p-1, 0x1.2d10ddb508800p-2, -0x1.3d52c11f22c2fp-45,
            0x1.7c78620000000p-1, 0x1.300aeb0e63800p-2, -0x1.7a062a913fcf6p-45,
            0x1.7b5e780000000p-1, 0x1.3302c37d86800p-2, -0x1.376e07a9fc505p-45,
            0x1.7a46300000000p-1, 0x1.35f865d932800p-2, 0x1.3e0a6c5796b2ep-46,
            0x1.792f840000000p-1, 0x1.38ebdbdced000p-2, 0x1.90c13e67e001cp-45,
            0x1.781a720000000p-1, 0x1.3bdd248914800p-2, 0x1.b52ef11e2fc01p-45,
            0x1.7706f60000000p-1, 0x1.3ecc445cf6000p-2, -0x1.54a9527f52928p-47,
            0x1.75f50c0000000p-1, 0x1.41b93ff0e0800p-2, 0x1.faa30d8265c00p-45,
            0x1.74e4b00000000p-1, 0x1.44a41bf63c800p-2, -0x1.c1c1e19053606p-45,
            0x1.73d5e00000000p-1, 0x1.478cd7b59b000p-2, 0x1.f10dbf0e26743p-45,
            0x1.72c89a0000000p-1, 0x1.4a737280cf800p-2, 0x1.9ada4d026d6a7p-46,
            0x1.71bcd80000000p-1, 0x1.4d57f6c6fe000p-2, 0x1.447ea7fb347eep-45,
            0x1.70b2960000000p-1, 0x1.503a6992b2000p-2, -0x1.a497eb1685064p-45,
            0x1.6fa9d40000000p-1, 0x1.531ac4e3ee800p-2, -0x1.02b001365995cp-47,
            0x1.6ea28e0000000p-1, 0x1.55f90de044000p-2, -0x1.10db2f93d32c6p-46,
            0x1.6d9cbe0000000p-1, 0x1.58d54f60e0000p-2, 0x1.7924d4a794fd9p-45,
            0x1.6c98640000000p-1, 0x1.5baf838ea1800p-2, 0x1.8d5ff0f165a3ap-45,
            0x1.6b957c0000000p-1, 0x1.5e87afd029800p-2, -0x1.5607be12f4d2bp-45,
            0x1.6a94020000000p-1, 0x1.615dd9a5ec000p-2, 0x1.41ebf10a420dbp-46
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
        double hi = Math.fma(kd, LN2_HI, tableHi);
        double s = hi + r;
        double sError = (hi - s) + r;
        double r2 = r * r;
        double q = Math.fma(r2, Math.fma(r2, Math.fma(r, C7, C6), Math.fma(r, C5, C4)), Math.fma(r, C3, C2));
        double tail = Math.fma(kd, LN2_LO, tableLo) + sError;
        return s + Math.fma(r2, q, tail);
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
