import type { Position } from 'geojson';

/**
 * Signed area of a ring of longitude/latitude positions on the WGS84 ellipsoid, in square metres,
 * with edges taken as geodesics: counter-clockwise positive, in (−A/2, A/2] where A is the area of
 * the whole ellipsoid. The ring is closed implicitly (from the last position used back to the first).
 *
 * The result is bit for bit what GeographicLib's `PolygonArea` (geographiclib-geodesic 2.2, Karney
 * 2013) gives with `Compute(false, true)`: this is that code's inverse problem (the part the area
 * needs) and its area accumulator, ported so as not to allocate objects and arrays for every edge.
 * geographiclib-geodesic allocates about 3 KB per edge, three quarters of everything `summarize()`
 * allocated; with hundreds of megabytes of zones in the heap each young-generation collection costs
 * more, so that garbage made measuring grow faster than the number of zones. Here the steps pass
 * values in a Float64Array rather than as arguments and return values (V8 boxes a double passed to
 * or returned from a function it does not inline): an eighth of the allocation, and about 1.5×
 * faster. Only the WGS84 ellipsoid (f > 0) is handled; distances and azimuths are not computed.
 *
 * @param ring positions, [longitude, latitude] in degrees.
 * @param count how many of the ring's positions to use (leave out a repeated closing position).
 * @example
 * // A 0.001° square at the equator, counter-clockwise: about 1.23 ha.
 * geodesicRingAreaSquareMeters([[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001]], 4); // 12309.07…
 */
export function geodesicRingAreaSquareMeters(ring: readonly Position[], count: number): number {
  if (count < 2) return 0;
  slot[ACCUMULATED_SUM] = 0;
  slot[ACCUMULATED_ERROR] = 0;
  let crossings = 0;
  for (let from = 0; from < count; from += 1) {
    const to = from + 1 === count ? 0 : from + 1;
    edgeArea(ring, from, to);
    accumulate(slot[EDGE_AREA]);
    crossings += transit(ring, from, to);
  }
  return reduceArea(crossings);
}

// ---- WGS84 and the series of order 6, computed as geographiclib's Geodesic constructor does ----
const A = 6378137;
const F = 1 / 298.257223563;
const F1 = 1 - F;
const E2 = F * (2 - F);
const EP2 = E2 / (F1 * F1);
const N = F / (2 - F);
const B = A * F1;
/** Authalic radius squared. */
const C2 = (A * A + B * B * (Math.atanh(Math.sqrt(E2)) / Math.sqrt(Math.abs(E2)))) / 2;
const AREA0 = 4 * Math.PI * C2;
const DEGREE = Math.PI / 180;
const TOL0 = Math.pow(0.5, 52);
const TOL1 = 200 * TOL0;
const TOL2 = Math.sqrt(TOL0);
const TOLB = TOL0;
const XTHRESH = 1000 * TOL2;
const TINY = Math.sqrt(Number.MIN_VALUE / Number.EPSILON);
const MAXIT1 = 20;
const MAXIT2 = MAXIT1 + 53 + 10;
const ETOL2 = (0.1 * TOL2) / Math.sqrt((Math.max(0.001, Math.abs(F)) * Math.min(1, 1 - F / 2)) / 2);
const ORDER = 6;

const A1M1F_COEFF = [1, 4, 64, 0, 256];
const C1F_COEFF = [-1, 6, -16, 32, -9, 64, -128, 2048, 9, -16, 768, 3, -5, 512, -7, 1280, -7, 2048];
const A2M1F_COEFF = [-11, -28, -192, 0, 256];
const C2F_COEFF = [1, 2, 16, 32, 35, 64, 384, 2048, 15, 80, 768, 7, 35, 512, 63, 1280, 77, 2048];
const A3_COEFF = [-3, 128, -2, -3, 64, -1, -3, -1, 16, 3, -1, -2, 8, 1, -1, 2, 1, 1];
const C3_COEFF = [3, 128, 2, 5, 128, -1, 3, 3, 64, -1, 0, 1, 8, -1, 1, 4, 5, 256, 1, 3, 128, -3, -2, 3, 64, 1, -3, 2, 32, 7, 512, -10, 9, 384, 5, -9, 5, 192, 7, 512, -14, 7, 512, 21, 2560];
const C4_COEFF = [
  97, 15015, 1088, 156, 45045, -224, -4784, 1573, 45045, -10656, 14144, -4576, -858, 45045, 64, 624, -4576, 6864, -3003, 15015, 100, 208,
  572, 3432, -12012, 30030, 45045, 1, 9009, -2944, 468, 135135, 5792, 1040, -1287, 135135, 5952, -11648, 9152, -2574, 135135, -64, -624,
  4576, -6864, 3003, 135135, 8, 10725, 1856, -936, 225225, -8448, 4992, -1144, 225225, -1440, 4160, -4576, 1716, 225225, -136, 63063,
  1024, -208, 105105, 3584, -3328, 1144, 315315, -128, 135135, -2560, 832, 405405, 128, 99099,
];

const A3X = new Float64Array(ORDER);
const C3X = new Float64Array((ORDER * (ORDER - 1)) / 2);
const C4X = new Float64Array((ORDER * (ORDER + 1)) / 2);
{
  let o = 0;
  let k = 0;
  for (let j = ORDER - 1; j >= 0; j -= 1) {
    const p = Math.min(ORDER - j - 1, j);
    A3X[k++] = polyval(p, A3_COEFF, o, N) / A3_COEFF[o + p + 1];
    o += p + 2;
  }
  o = 0;
  k = 0;
  for (let l = 1; l < ORDER; l += 1) {
    for (let j = ORDER - 1; j >= l; j -= 1) {
      const p = Math.min(ORDER - j - 1, j);
      C3X[k++] = polyval(p, C3_COEFF, o, N) / C3_COEFF[o + p + 1];
      o += p + 2;
    }
  }
  o = 0;
  k = 0;
  for (let l = 0; l < ORDER; l += 1) {
    for (let j = ORDER - 1; j >= l; j -= 1) {
      const p = ORDER - j - 1;
      C4X[k++] = polyval(p, C4_COEFF, o, N) / C4_COEFF[o + p + 1];
      o += p + 2;
    }
  }
}

// Series coefficients, reused by every edge: the same lengths as geographiclib's per-call arrays,
// because sinCosSeries reads the length.
const C1A = new Float64Array(ORDER + 1);
const C2A = new Float64Array(ORDER + 1);
const C3A = new Float64Array(ORDER);
const C4A = new Float64Array(ORDER);

// The values the steps pass to each other (storing a double in a Float64Array allocates nothing).
const slot = new Float64Array(40);
// Results of the small helpers.
const SUM_S = 0;
const SUM_T = 1;
const SIN = 2;
const COS = 3;
const DIFF_D = 4;
const DIFF_E = 5;
// The area accumulated over a ring, as GeographicLib's Accumulator keeps it: a sum and its rounding error.
const ACCUMULATED_SUM = 6;
const ACCUMULATED_ERROR = 7;
/** S12 of the last edge. */
const EDGE_AREA = 8;
// The edge in GeographicLib's canonical form (reduced latitudes β1, β2; longitude difference λ12).
const SBET1 = 9;
const CBET1 = 10;
const DN1 = 11;
const SBET2 = 12;
const CBET2 = 13;
const DN2 = 14;
const LAM12 = 15;
const SLAM12 = 16;
const CLAM12 = 17;
// Azimuths at both ends (α1, α2): inverseStart's estimate, then Newton's iterate.
const SALP1 = 18;
const CALP1 = 19;
const SALP2 = 20;
const CALP2 = 21;
// inverseStart: sig12 ≥ 0 when the short-line solution is final; dnm for it.
const START_SIG12 = 22;
const START_DNM = 23;
// lambda12 results, and the inputs of lengths.
const LAMBDA12 = 24;
const SIG12 = 25;
const SSIG1 = 26;
const CSIG1 = 27;
const SSIG2 = 28;
const CSIG2 = 29;
const EPS = 30;
const DOMG12 = 31;
const DLAM12 = 32;
// lengths results.
const S12B = 33;
const M12B = 34;
const M0 = 35;

const DISTANCE = 1;
const REDUCED_LENGTH = 2;

// ---- Math.js ----
function polyval(degree: number, coefficients: ArrayLike<number>, start: number, x: number): number {
  let s = start;
  let n = degree;
  let y = n < 0 ? 0 : coefficients[s++];
  while (--n >= 0) y = y * x + coefficients[s++];
  return y;
}

function hypot(x: number, y: number): number {
  // Not Math.hypot, whose results differ from GeographicLib's in the last bit.
  return Math.sqrt(x * x + y * y);
}

function copysign(x: number, y: number): number {
  return Math.abs(x) * (y < 0 || (y === 0 && 1 / y < 0) ? -1 : 1);
}

function twoSum(u: number, v: number): void {
  const s = u + v;
  let up = s - v;
  let vpp = s - up;
  up -= u;
  vpp -= v;
  slot[SUM_S] = s;
  slot[SUM_T] = s ? 0 - (up + vpp) : s;
}

function angRound(x: number): number {
  const z = 1 / 16;
  let y = Math.abs(x);
  y = y < z ? z - (z - y) : y;
  return copysign(y, x);
}

function remainder(x: number, y: number): number {
  const r = x % y;
  return r < -y / 2 ? r + y : r < y / 2 ? r : r - y;
}

function angNormalize(x: number): number {
  const y = remainder(x, 360);
  return Math.abs(y) === 180 ? copysign(180, x) : y;
}

function latFix(x: number): number {
  return Math.abs(x) > 90 ? NaN : x;
}

function angDiff(x: number, y: number): void {
  twoSum(remainder(-x, 360), remainder(y, 360));
  twoSum(remainder(slot[SUM_S], 360), slot[SUM_T]);
  let d = slot[SUM_S];
  const e = slot[SUM_T];
  if (d === 0 || Math.abs(d) === 180) d = copysign(d, e === 0 ? y - x : -e);
  slot[DIFF_D] = d;
  slot[DIFF_E] = e;
}

function sincosd(x: number): void {
  let d = x % 360;
  const q = Math.round(d / 90);
  d -= 90 * q;
  writeSinCos(d, q, x);
}

function sincosde(x: number, t: number): void {
  let d = x % 360;
  const q = Math.round(d / 90);
  d = angRound(d - 90 * q + t);
  writeSinCos(d, q, x + t);
}

function writeSinCos(d: number, q: number, signOf: number): void {
  const r = d * DEGREE;
  let s = Math.sin(r);
  let c = Math.cos(r);
  if (Math.abs(d) === 45) {
    c = Math.sqrt(0.5);
    s = copysign(c, r);
  } else if (Math.abs(d) === 30) {
    c = Math.sqrt(0.75);
    s = copysign(0.5, r);
  }
  let sinx: number;
  let cosx: number;
  switch (q & 3) {
    case 0:
      sinx = s;
      cosx = c;
      break;
    case 1:
      sinx = c;
      cosx = -s;
      break;
    case 2:
      sinx = -s;
      cosx = -c;
      break;
    default:
      sinx = -c;
      cosx = s;
      break;
  }
  cosx += 0;
  if (sinx === 0) sinx = copysign(sinx, signOf);
  slot[SIN] = sinx;
  slot[COS] = cosx;
}

// ---- Geodesic.js ----
function sinCosSeries(sinp: boolean, sinx: number, cosx: number, c: Float64Array): number {
  let k = c.length;
  let n = k - (sinp ? 1 : 0);
  const ar = 2 * (cosx - sinx) * (cosx + sinx);
  let y0 = n & 1 ? c[--k] : 0;
  let y1 = 0;
  n = Math.floor(n / 2);
  while (n--) {
    y1 = ar * y0 - y1 + c[--k];
    y0 = ar * y1 - y0 + c[--k];
  }
  return sinp ? 2 * sinx * cosx * y0 : cosx * (y0 - y1);
}

function astroid(x: number, y: number): number {
  const p = x * x;
  const q = y * y;
  const r = (p + q - 1) / 6;
  if (q === 0 && r <= 0) return 0;
  const S = (p * q) / 4;
  const r2 = r * r;
  const r3 = r * r2;
  const disc = S * (S + 2 * r3);
  let u = r;
  if (disc >= 0) {
    let T3 = S + r3;
    T3 += T3 < 0 ? -Math.sqrt(disc) : Math.sqrt(disc);
    const T = Math.cbrt(T3);
    u += T + (T !== 0 ? r2 / T : 0);
  } else {
    const ang = Math.atan2(Math.sqrt(-disc), -(S + r3));
    u += 2 * r * Math.cos(ang / 3);
  }
  const v = Math.sqrt(u * u + q);
  const uv = u < 0 ? q / (v - u) : u + v;
  const w = (uv - q) / (2 * v);
  return uv / (Math.sqrt(uv + w * w) + w);
}

function a1m1f(eps: number): number {
  const p = Math.floor(ORDER / 2);
  const t = polyval(p, A1M1F_COEFF, 0, eps * eps) / A1M1F_COEFF[p + 1];
  return (t + eps) / (1 - eps);
}

function c1f(eps: number, c: Float64Array): void {
  const eps2 = eps * eps;
  let d = eps;
  let o = 0;
  for (let l = 1; l <= ORDER; l += 1) {
    const p = Math.floor((ORDER - l) / 2);
    c[l] = (d * polyval(p, C1F_COEFF, o, eps2)) / C1F_COEFF[o + p + 1];
    o += p + 2;
    d *= eps;
  }
}

function a2m1f(eps: number): number {
  const p = Math.floor(ORDER / 2);
  const t = polyval(p, A2M1F_COEFF, 0, eps * eps) / A2M1F_COEFF[p + 1];
  return (t - eps) / (1 + eps);
}

function c2f(eps: number, c: Float64Array): void {
  const eps2 = eps * eps;
  let d = eps;
  let o = 0;
  for (let l = 1; l <= ORDER; l += 1) {
    const p = Math.floor((ORDER - l) / 2);
    c[l] = (d * polyval(p, C2F_COEFF, o, eps2)) / C2F_COEFF[o + p + 1];
    o += p + 2;
    d *= eps;
  }
}

function a3f(eps: number): number {
  return polyval(ORDER - 1, A3X, 0, eps);
}

function c3f(eps: number, c: Float64Array): void {
  let mult = 1;
  let o = 0;
  for (let l = 1; l < ORDER; l += 1) {
    const p = ORDER - l - 1;
    mult *= eps;
    c[l] = mult * polyval(p, C3X, o, eps);
    o += p + 1;
  }
}

function c4f(eps: number, c: Float64Array): void {
  let mult = 1;
  let o = 0;
  for (let l = 0; l < ORDER; l += 1) {
    const p = ORDER - l - 1;
    c[l] = mult * polyval(p, C4X, o, eps);
    o += p + 1;
    mult *= eps;
  }
}

/** Geodesic.Lengths for DISTANCE and/or REDUCED_LENGTH, on the slots: writes s12b, m12b and m0. */
function lengths(outmask: number): void {
  const eps = slot[EPS];
  const sig12 = slot[SIG12];
  const ssig1 = slot[SSIG1];
  const csig1 = slot[CSIG1];
  const ssig2 = slot[SSIG2];
  const csig2 = slot[CSIG2];
  const dn1 = slot[DN1];
  const dn2 = slot[DN2];
  let m0x = 0;
  let J12 = 0;
  let A1 = a1m1f(eps);
  let A2 = 0;
  c1f(eps, C1A);
  if (outmask & REDUCED_LENGTH) {
    A2 = a2m1f(eps);
    c2f(eps, C2A);
    m0x = A1 - A2;
    A2 = 1 + A2;
  }
  A1 = 1 + A1;
  if (outmask & DISTANCE) {
    const B1 = sinCosSeries(true, ssig2, csig2, C1A) - sinCosSeries(true, ssig1, csig1, C1A);
    slot[S12B] = A1 * (sig12 + B1);
    if (outmask & REDUCED_LENGTH) {
      const B2 = sinCosSeries(true, ssig2, csig2, C2A) - sinCosSeries(true, ssig1, csig1, C2A);
      J12 = m0x * sig12 + (A1 * B1 - A2 * B2);
    }
  } else if (outmask & REDUCED_LENGTH) {
    for (let l = 1; l <= ORDER; l += 1) C2A[l] = A1 * C1A[l] - A2 * C2A[l];
    J12 = m0x * sig12 + (sinCosSeries(true, ssig2, csig2, C2A) - sinCosSeries(true, ssig1, csig1, C2A));
  }
  if (outmask & REDUCED_LENGTH) {
    slot[M0] = m0x;
    slot[M12B] = dn2 * (csig1 * ssig2) - dn1 * (ssig1 * csig2) - csig1 * csig2 * J12;
  } else {
    slot[M12B] = NaN;
  }
}

/** Geodesic.InverseStart (f > 0) on the slots: the starting azimuth for Newton's method, or the short-line solution. */
function inverseStart(): void {
  const sbet1 = slot[SBET1];
  const cbet1 = slot[CBET1];
  const sbet2 = slot[SBET2];
  const cbet2 = slot[CBET2];
  const lam12 = slot[LAM12];
  const slam12 = slot[SLAM12];
  const clam12 = slot[CLAM12];
  const sbet12 = sbet2 * cbet1 - cbet2 * sbet1;
  const cbet12 = cbet2 * cbet1 + sbet2 * sbet1;
  slot[START_SIG12] = -1;
  let sbet12a = sbet2 * cbet1;
  sbet12a += cbet2 * sbet1;
  const shortline = cbet12 >= 0 && sbet12 < 0.5 && cbet2 * lam12 < 0.5;
  let somg12: number;
  let comg12: number;
  if (shortline) {
    let sbetm2 = (sbet1 + sbet2) * (sbet1 + sbet2);
    sbetm2 /= sbetm2 + (cbet1 + cbet2) * (cbet1 + cbet2);
    const dnm = Math.sqrt(1 + EP2 * sbetm2);
    slot[START_DNM] = dnm;
    const omg12 = lam12 / (F1 * dnm);
    somg12 = Math.sin(omg12);
    comg12 = Math.cos(omg12);
  } else {
    somg12 = slam12;
    comg12 = clam12;
  }
  let salp1 = cbet2 * somg12;
  let calp1 =
    comg12 >= 0
      ? sbet12 + (cbet2 * sbet1 * (somg12 * somg12)) / (1 + comg12)
      : sbet12a - (cbet2 * sbet1 * (somg12 * somg12)) / (1 - comg12);
  const ssig12 = hypot(salp1, calp1);
  const csig12 = sbet1 * sbet2 + cbet1 * cbet2 * comg12;
  if (shortline && ssig12 < ETOL2) {
    let salp2 = cbet1 * somg12;
    let calp2 = sbet12 - cbet1 * sbet2 * (comg12 >= 0 ? (somg12 * somg12) / (1 + comg12) : 1 - comg12);
    const t = hypot(salp2, calp2);
    salp2 /= t;
    calp2 /= t;
    slot[SALP2] = salp2;
    slot[CALP2] = calp2;
    slot[START_SIG12] = Math.atan2(ssig12, csig12);
  } else if (Math.abs(N) > 0.1 || csig12 >= 0 || ssig12 >= 6 * Math.abs(N) * Math.PI * (cbet1 * cbet1)) {
    // The zeroth-order spherical approximation is good enough.
  } else {
    // Nearly antipodal: scale to the astroid problem.
    const lam12x = Math.atan2(-slam12, -clam12);
    const k2 = sbet1 * sbet1 * EP2;
    const eps = k2 / (2 * (1 + Math.sqrt(1 + k2)) + k2);
    const lamscale = F * cbet1 * a3f(eps) * Math.PI;
    const betscale = lamscale * cbet1;
    const x = lam12x / lamscale;
    const y = sbet12a / betscale;
    if (y > -TOL1 && x > -1 - XTHRESH) {
      salp1 = Math.min(1, -x);
      calp1 = -Math.sqrt(1 - salp1 * salp1);
    } else {
      const k = astroid(x, y);
      const omg12a = lamscale * ((-x * k) / (1 + k));
      somg12 = Math.sin(omg12a);
      comg12 = -Math.cos(omg12a);
      salp1 = cbet2 * somg12;
      calp1 = sbet12a - (cbet2 * sbet1 * (somg12 * somg12)) / (1 - comg12);
    }
  }
  if (!(salp1 <= 0)) {
    const t = hypot(salp1, calp1);
    salp1 /= t;
    calp1 /= t;
  } else {
    salp1 = 1;
    calp1 = 0;
  }
  slot[SALP1] = salp1;
  slot[CALP1] = calp1;
}

/** Geodesic.Lambda12 on the slots, for the azimuth α1 in SALP1/CALP1: λ12 and the quantities along the way. */
function lambda12(diffp: boolean): void {
  const sbet1 = slot[SBET1];
  const cbet1 = slot[CBET1];
  const dn1 = slot[DN1];
  const sbet2 = slot[SBET2];
  const cbet2 = slot[CBET2];
  const slam120 = slot[SLAM12];
  const clam120 = slot[CLAM12];
  const salp1 = slot[SALP1];
  let calp1 = slot[CALP1];
  if (sbet1 === 0 && calp1 === 0) calp1 = -TINY;
  const salp0 = salp1 * cbet1;
  const calp0 = hypot(calp1, salp1 * sbet1);
  let ssig1 = sbet1;
  const somg1 = salp0 * sbet1;
  let csig1 = calp1 * cbet1;
  const comg1 = csig1;
  let t = hypot(ssig1, csig1);
  ssig1 /= t;
  csig1 /= t;
  const salp2 = cbet2 !== cbet1 ? salp0 / cbet2 : salp1;
  const calp2 =
    cbet2 !== cbet1 || Math.abs(sbet2) !== -sbet1
      ? Math.sqrt(calp1 * cbet1 * (calp1 * cbet1) + (cbet1 < -sbet1 ? (cbet2 - cbet1) * (cbet1 + cbet2) : (sbet1 - sbet2) * (sbet1 + sbet2))) / cbet2
      : Math.abs(calp1);
  let ssig2 = sbet2;
  const somg2 = salp0 * sbet2;
  let csig2 = calp2 * cbet2;
  const comg2 = csig2;
  t = hypot(ssig2, csig2);
  ssig2 /= t;
  csig2 /= t;
  const sig12 = Math.atan2(Math.max(0, csig1 * ssig2 - ssig1 * csig2), csig1 * csig2 + ssig1 * ssig2);
  const somg12 = Math.max(0, comg1 * somg2 - somg1 * comg2);
  const comg12 = comg1 * comg2 + somg1 * somg2;
  const eta = Math.atan2(somg12 * clam120 - comg12 * slam120, comg12 * clam120 + somg12 * slam120);
  const k2 = calp0 * calp0 * EP2;
  const eps = k2 / (2 * (1 + Math.sqrt(1 + k2)) + k2);
  c3f(eps, C3A);
  const B312 = sinCosSeries(true, ssig2, csig2, C3A) - sinCosSeries(true, ssig1, csig1, C3A);
  const domg12 = -F * a3f(eps) * salp0 * (sig12 + B312);
  slot[LAMBDA12] = eta + domg12;
  slot[SALP2] = salp2;
  slot[CALP2] = calp2;
  slot[SIG12] = sig12;
  slot[SSIG1] = ssig1;
  slot[CSIG1] = csig1;
  slot[SSIG2] = ssig2;
  slot[CSIG2] = csig2;
  slot[EPS] = eps;
  slot[DOMG12] = domg12;
  if (diffp) {
    if (calp2 === 0) {
      slot[DLAM12] = (-2 * F1 * dn1) / sbet1;
    } else {
      lengths(REDUCED_LENGTH);
      slot[DLAM12] = slot[M12B] * (F1 / (calp2 * cbet2));
    }
  }
}

/**
 * S12 of Geodesic.InverseInt for the edge from ring[from] to ring[to], into EDGE_AREA: the area
 * between the geodesic and the equator.
 */
function edgeArea(ring: readonly Position[], from: number, to: number): void {
  const lon1 = ring[from][0];
  const lon2 = ring[to][0];
  let lat1 = angRound(latFix(ring[from][1]));
  let lat2 = angRound(latFix(ring[to][1]));
  angDiff(lon1, lon2);
  let lon12 = slot[DIFF_D];
  let lon12s = slot[DIFF_E];
  let lonsign = copysign(1, lon12);
  lon12 *= lonsign;
  lon12s *= lonsign;
  const lam12 = lon12 * DEGREE;
  sincosde(lon12, lon12s);
  const slam12 = slot[SIN];
  const clam12 = slot[COS];
  lon12s = 180 - lon12 - lon12s;
  const swapp = Math.abs(lat1) < Math.abs(lat2) || Number.isNaN(lat2) ? -1 : 1;
  if (swapp < 0) {
    lonsign *= -1;
    const swap = lat1;
    lat1 = lat2;
    lat2 = swap;
  }
  const latsign = copysign(1, -lat1);
  lat1 *= latsign;
  lat2 *= latsign;

  sincosd(lat1);
  let sbet1 = F1 * slot[SIN];
  let cbet1 = slot[COS];
  let t = hypot(sbet1, cbet1);
  sbet1 /= t;
  cbet1 /= t;
  cbet1 = Math.max(TINY, cbet1);
  sincosd(lat2);
  let sbet2 = F1 * slot[SIN];
  let cbet2 = slot[COS];
  t = hypot(sbet2, cbet2);
  sbet2 /= t;
  cbet2 /= t;
  cbet2 = Math.max(TINY, cbet2);
  if (cbet1 < -sbet1) {
    if (cbet2 === cbet1) sbet2 = copysign(sbet1, sbet2);
  } else if (Math.abs(sbet2) === -sbet1) {
    cbet2 = cbet1;
  }
  const dn1 = Math.sqrt(1 + EP2 * (sbet1 * sbet1));
  const dn2 = Math.sqrt(1 + EP2 * (sbet2 * sbet2));
  slot[SBET1] = sbet1;
  slot[CBET1] = cbet1;
  slot[DN1] = dn1;
  slot[SBET2] = sbet2;
  slot[CBET2] = cbet2;
  slot[DN2] = dn2;
  slot[LAM12] = lam12;
  slot[SLAM12] = slam12;
  slot[CLAM12] = clam12;

  let calp1 = 0;
  let salp1 = 0;
  let calp2 = 0;
  let salp2 = 0;
  let omg12 = 0;
  let somg12 = 2;
  let comg12 = 0;
  let meridian = lat1 === -90 || slam12 === 0;
  if (meridian) {
    // Both ends on one meridian: the geodesic may run along it.
    calp1 = clam12;
    salp1 = slam12;
    calp2 = 1;
    salp2 = 0;
    const csig1 = calp1 * cbet1;
    const csig2 = calp2 * cbet2;
    slot[SSIG1] = sbet1;
    slot[CSIG1] = csig1;
    slot[SSIG2] = sbet2;
    slot[CSIG2] = csig2;
    const sig12 = Math.atan2(Math.max(0, csig1 * sbet2 - sbet1 * csig2), csig1 * csig2 + sbet1 * sbet2);
    slot[SIG12] = sig12;
    slot[EPS] = N;
    lengths(DISTANCE | REDUCED_LENGTH);
    // GeographicLib also zeroes tiny or negative lengths here, which do not enter the area.
    if (!(sig12 < TOL2 || slot[M12B] >= 0)) meridian = false;
  }
  if (!meridian && sbet1 === 0 && lon12s >= F * 180) {
    // Along the equator.
    calp1 = calp2 = 0;
    salp1 = salp2 = 1;
    omg12 = lam12 / F1;
  } else if (!meridian) {
    inverseStart();
    salp1 = slot[SALP1];
    calp1 = slot[CALP1];
    if (slot[START_SIG12] >= 0) {
      salp2 = slot[SALP2];
      calp2 = slot[CALP2];
      omg12 = lam12 / (F1 * slot[START_DNM]);
    } else {
      // Newton's method on α1, keeping a bracket of the root.
      let numit = 0;
      let salp1a = TINY;
      let calp1a = 1;
      let salp1b = TINY;
      let calp1b = -1;
      for (let tripn = false, tripb = false; ; numit += 1) {
        slot[SALP1] = salp1;
        slot[CALP1] = calp1;
        lambda12(numit < MAXIT1);
        const v = slot[LAMBDA12];
        const dv = slot[DLAM12];
        if (tripb || !(Math.abs(v) >= (tripn ? 8 : 1) * TOL0) || numit === MAXIT2) break;
        if (v > 0 && (numit < MAXIT1 || calp1 / salp1 > calp1b / salp1b)) {
          salp1b = salp1;
          calp1b = calp1;
        } else if (v < 0 && (numit < MAXIT1 || calp1 / salp1 < calp1a / salp1a)) {
          salp1a = salp1;
          calp1a = calp1;
        }
        if (numit < MAXIT1 && dv > 0) {
          const dalp1 = -v / dv;
          if (Math.abs(dalp1) < Math.PI) {
            const sdalp1 = Math.sin(dalp1);
            const cdalp1 = Math.cos(dalp1);
            const nsalp1 = salp1 * cdalp1 + calp1 * sdalp1;
            if (nsalp1 > 0) {
              calp1 = calp1 * cdalp1 - salp1 * sdalp1;
              salp1 = nsalp1;
              t = hypot(salp1, calp1);
              salp1 /= t;
              calp1 /= t;
              tripn = Math.abs(v) <= 16 * TOL0;
              continue;
            }
          }
        }
        salp1 = (salp1a + salp1b) / 2;
        calp1 = (calp1a + calp1b) / 2;
        t = hypot(salp1, calp1);
        salp1 /= t;
        calp1 /= t;
        tripn = false;
        tripb = Math.abs(salp1a - salp1) + (calp1a - calp1) < TOLB || Math.abs(salp1 - salp1b) + (calp1 - calp1b) < TOLB;
      }
      salp2 = slot[SALP2];
      calp2 = slot[CALP2];
      const domg12 = slot[DOMG12];
      const sdomg12 = Math.sin(domg12);
      const cdomg12 = Math.cos(domg12);
      somg12 = slam12 * cdomg12 - clam12 * sdomg12;
      comg12 = clam12 * cdomg12 + slam12 * sdomg12;
    }
  }

  let S12: number;
  const salp0 = salp1 * cbet1;
  const calp0 = hypot(calp1, salp1 * sbet1);
  if (calp0 !== 0 && salp0 !== 0) {
    let ssig1 = sbet1;
    let csig1 = calp1 * cbet1;
    let ssig2 = sbet2;
    let csig2 = calp2 * cbet2;
    const k2 = calp0 * calp0 * EP2;
    const eps = k2 / (2 * (1 + Math.sqrt(1 + k2)) + k2);
    const A4 = A * A * calp0 * salp0 * E2;
    t = hypot(ssig1, csig1);
    ssig1 /= t;
    csig1 /= t;
    t = hypot(ssig2, csig2);
    ssig2 /= t;
    csig2 /= t;
    c4f(eps, C4A);
    const B41 = sinCosSeries(false, ssig1, csig1, C4A);
    const B42 = sinCosSeries(false, ssig2, csig2, C4A);
    S12 = A4 * (B42 - B41);
  } else {
    // Indeterminate σ1, σ2 on the equator.
    S12 = 0;
  }
  if (!meridian && somg12 === 2) {
    somg12 = Math.sin(omg12);
    comg12 = Math.cos(omg12);
  }
  let alp12: number;
  if (!meridian && comg12 > -0.7071 && sbet2 - sbet1 < 1.75) {
    const domg12 = 1 + comg12;
    const dbet1 = 1 + cbet1;
    const dbet2 = 1 + cbet2;
    alp12 = 2 * Math.atan2(somg12 * (sbet1 * dbet2 + sbet2 * dbet1), domg12 * (sbet1 * sbet2 + dbet1 * dbet2));
  } else {
    let salp12 = salp2 * calp1 - calp2 * salp1;
    let calp12 = calp2 * calp1 + salp2 * salp1;
    if (salp12 === 0 && calp12 < 0) {
      salp12 = TINY * calp1;
      calp12 = -1;
    }
    alp12 = Math.atan2(salp12, calp12);
  }
  S12 += C2 * alp12;
  S12 *= swapp * lonsign * latsign;
  slot[EDGE_AREA] = S12 + 0;
}

// ---- PolygonArea.js ----
/** 1 or −1 when the edge from ring[from] to ring[to] crosses the prime meridian going east or west, else 0. */
function transit(ring: readonly Position[], from: number, to: number): number {
  const lon1In = ring[from][0];
  const lon2In = ring[to][0];
  angDiff(lon1In, lon2In);
  const lon12 = slot[DIFF_D];
  const lon1 = angNormalize(lon1In);
  const lon2 = angNormalize(lon2In);
  return lon12 > 0 && ((lon1 < 0 && lon2 >= 0) || (lon1 > 0 && lon2 === 0)) ? 1 : lon12 < 0 && lon1 >= 0 && lon2 < 0 ? -1 : 0;
}

/** Accumulator.Add: Shewchuk's error-free sum, accumulated from the least significant end. */
function accumulate(y: number): void {
  twoSum(y, slot[ACCUMULATED_ERROR]);
  const u = slot[SUM_T];
  twoSum(slot[SUM_S], slot[ACCUMULATED_SUM]);
  slot[ACCUMULATED_SUM] = slot[SUM_S];
  slot[ACCUMULATED_ERROR] = slot[SUM_T];
  if (slot[ACCUMULATED_SUM] === 0) slot[ACCUMULATED_SUM] = u;
  else slot[ACCUMULATED_ERROR] += u;
}

/** AreaReduceA with reverse = false and sign = true, on the accumulated area. */
function reduceArea(crossings: number): number {
  slot[ACCUMULATED_SUM] = remainder(slot[ACCUMULATED_SUM], AREA0);
  accumulate(0);
  if (crossings & 1) accumulate(((slot[ACCUMULATED_SUM] < 0 ? 1 : -1) * AREA0) / 2);
  // Counter-clockwise positive.
  slot[ACCUMULATED_SUM] *= -1;
  slot[ACCUMULATED_ERROR] *= -1;
  if (slot[ACCUMULATED_SUM] > AREA0 / 2) accumulate(-AREA0);
  else if (slot[ACCUMULATED_SUM] <= -AREA0 / 2) accumulate(+AREA0);
  return 0 + slot[ACCUMULATED_SUM];
}
