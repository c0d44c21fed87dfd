namespace Argus.Model;

/// <summary>The dataset names Argus gives each official list (OpenSanctions' names).</summary>
public static class Datasets
{
    public const string UnSc = "un_sc_sanctions";
    public const string OfacSdn = "us_ofac_sdn";
    public const string OfacCons = "us_ofac_cons";
    public const string UsTradeCsl = "us_trade_csl";
    public const string UkHmt = "gb_hmt_sanctions";
    public const string EuFsf = "eu_fsf";
    public const string AuDfat = "au_dfat_sanctions";
    public const string CaSema = "ca_dfatd_sema_sanctions";

    /// <summary>Human title of each dataset, for reports.</summary>
    public static string Title(string dataset) => dataset switch
    {
        UnSc => "UN Security Council Consolidated List",
        OfacSdn => "US OFAC SDN List",
        OfacCons => "US OFAC Consolidated (non-SDN) List",
        UsTradeCsl => "US Consolidated Screening List",
        UkHmt => "UK OFSI Consolidated List",
        EuFsf => "EU Financial Sanctions Files",
        AuDfat => "Australia DFAT Consolidated List",
        CaSema => "Canada SEMA Consolidated List",
        _ => dataset,
    };
}
