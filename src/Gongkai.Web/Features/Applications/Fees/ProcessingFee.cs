namespace Gongkai.Web.Features.Applications.Fees;

/// <summary>信息处理费, 国办函〔2020〕109号第四、五条: both methods progressive (超额累进), in whole yuan.</summary>
public static class ProcessingFee
{
    public const int FreeApplicationsPerMonth = 10;
    public const int FreePages = 30;

    /// <summary>
    /// 按件: the fee for the applicant's <paramref name="ordinalThisMonth"/>-th application to this agency in the natural
    /// month. 1-10 free; 11-30 at 100 元; from 31, each band of 10 costs 100 元 more (31-40: 200, 41-50: 300, …).
    /// </summary>
    public static decimal PerApplication(int ordinalThisMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinalThisMonth, 1);
        return ordinalThisMonth switch
        {
            <= FreeApplicationsPerMonth => 0m,
            <= 30 => 100m,
            _ => 100m * (2 + ((ordinalThisMonth - 31) / 10)),
        };
    }

    /// <summary>按量: up to 30 pages free; pages 31-100 at 10 元, 101-200 at 20 元, from 201 at 40 元.</summary>
    public static decimal PerPage(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        return (10m * Band(pages, 30, 100)) + (20m * Band(pages, 100, 200)) + (40m * Band(pages, 200, int.MaxValue));
    }

    public static decimal Compute(FeeMethod method, int quantity) => method switch
    {
        FeeMethod.PerApplication => PerApplication(quantity),
        FeeMethod.PerPage => PerPage(quantity),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    // Pages above `over` and up to `upTo`.
    private static int Band(int pages, int over, int upTo) => Math.Max(0, Math.Min(pages, upTo) - over);
}
