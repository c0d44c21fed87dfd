namespace Argus.Matching;

/// <summary>
/// What a score means. Scores are in [0, 1]: the rarity-weighted share of the two names that agree
/// (1 = every part agrees exactly), moved up or down by the secondary facts. The default threshold
/// was chosen on labelled pairs that are now part of the dev split (tests/Argus.Tests/Data/eval/dev);
/// its precision and recall on the frozen test split are in docs/performance.md. Bands: 0.95–1 the same name (a namesake unless a fact both sides state differs);
/// 0.85–0.95 one part written otherwise or a middle name left out; 0.75–0.85 more left out or written
/// otherwise; 0.70 the cap of a namesake at best; below, names that share parts but differ. See
/// docs/matching.md §4.
/// </summary>
public static class ScoreCalibration
{
    /// <summary>Scores at or above this are matches unless the caller asks otherwise.</summary>
    public const double DefaultThreshold = 0.75;

    /// <summary>Factor for a weak alias (low-quality a.k.a.): shown, scored lower.</summary>
    public const double WeakAliasFactor = 0.9;

    /// <summary>Score given when an identifier (passport, IMO, SWIFT…) agrees exactly.</summary>
    public const double DecisiveIdentifierScore = 0.99;
}
