using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

public class Startup
{
    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
    {
        // ruleid: csharp.developer-exception-page
        app.UseDeveloperExceptionPage();
        app.UseRouting();
    }

    public void ConfigureSafely(IApplicationBuilder app, IWebHostEnvironment env)
    {
        if (env.IsDevelopment())
        {
            // ok: csharp.developer-exception-page
            app.UseDeveloperExceptionPage();
        }
        else
        {
            // ok: csharp.developer-exception-page
            app.UseExceptionHandler("/Error");
        }
    }
}
