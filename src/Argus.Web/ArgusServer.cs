using System.Threading.RateLimiting;
using Argus.Screening;
using Argus.Security;
using Argus.Storage;
using Argus.Text;
using Argus.Web.Hosting;
using Argus.Web.Docs;
using Argus.Web.Http;
using Argus.Web.Observability;
using Argus.Web.Routes;
using Argus.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prometheus;

namespace Argus.Web;

/// <summary>`argus serve`: the HTTP API on Kestrel over the screening facade of one data directory.</summary>
public static class ArgusServer
{
    /// <summary>Builds the server (not started): routes, keys, limits, and the list watcher.</summary>
    public static WebApplication Build(ServeOptions options)
    {
        // The lists load while the host is built and starts (about as long on each of the two cores).
        var screening = new ScreeningService(new DataLocation(options.DataDirectory, options.DataChosen), options.SamplesDirectory) { LinkWithEachBuild = true };
        _ = screening.FirstLoad();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "argus", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(k =>
        {
            // The largest body any route takes; each route reads within its own smaller limit.
            k.Limits.MaxRequestBodySize = options.Limits.ScanBodyBytes;
            k.AddServerHeader = false;
        });
        ConsoleLog.Configure(builder.Logging, options.LogFormat);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(screening);
        services.AddSingleton(new ApiKeyStore(options.DataDirectory));
        services.AddSingleton(new MentionRecognizer());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ServerMetrics>();
        services.AddHostedService<ListWatcher>();
        services.AddSingleton<Argus.Web.Batches.BatchJobs>();
        services.AddHostedService(sp => sp.GetRequiredService<Argus.Web.Batches.BatchJobs>());
        ApiDocumentation.AddTo(services);
        services.AddProblemDetails();
        services.AddRateLimiter(r =>
        {
            r.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var caller = Caller.Of(context);
                if (caller is null) return RateLimitPartition.GetNoLimiter("open");
                return RateLimitPartition.GetTokenBucketLimiter(caller.Partition(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.Limits.RequestsPerSecond,
                    TokensPerPeriod = options.Limits.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            r.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "1";
                await Problems.Of(429, $"more than {options.Limits.RequestsPerSecond:N0} requests per second with this key; slow down and retry").ExecuteAsync(ctx.HttpContext);
            };
        });

        var app = builder.Build();
        app.UseMiddleware<RequestLog>();
        app.UseMiddleware<ProblemMapping>();
        app.UseStatusCodePages();
        app.UseRouting();
        // After routing, so that requests are counted by route template, not by raw path.
        app.UseHttpMetrics(o => o.SetMetricFactory(app.Services.GetRequiredService<ServerMetrics>().Factory));
        app.UseMiddleware<ApiKeyAuthentication>();
        app.UseRateLimiter();
        HealthRoutes.Map(app);
        MatchRoutes.Map(app);
        SearchRoutes.Map(app);
        EntityRoutes.Map(app);
        CatalogRoutes.Map(app);
        AdminRoutes.Map(app);
        ScanRoutes.Map(app);
        ReconcileRoutes.Map(app);
        BatchRoutes.Map(app);
        MetricsRoutes.Map(app);
        ApiDocumentation.Map(app);
        return app;
    }

    /// <summary>Runs the server until it is stopped (Ctrl+C, SIGTERM).</summary>
    public static int Run(ServeOptions options)
    {
        var app = Build(options);
        app.Logger.LogInformation("argus: serving {Data} on {Urls}{Anonymous}", options.DataDirectory, options.Urls,
            options.AllowAnonymous ? " (anonymous read allowed)" : "");
        app.Run();
        return 0;
    }
}
