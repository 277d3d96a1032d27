# syntax=docker/dockerfile:1
# DigestBot: one container, embedded SQLite in /data, seeds baked in, `serve` by default.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet restore src/DigestBot/DigestBot.csproj
RUN dotnet publish src/DigestBot/DigestBot.csproj -c Release --no-restore -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY appsettings.json ./
COPY seeds/ /app/seeds/
RUN mkdir -p /data && chown app:app /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_gcServer=0 \
    Storage__Sqlite__Path=/data/digestbot.db \
    Ingestion__Folders__0=/app/seeds \
    Discord__StateDirectory=/data
VOLUME ["/data"]
EXPOSE 8080
USER app
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 CMD ["dotnet", "/app/DigestBot.dll", "health"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "/app/DigestBot.dll"]
CMD ["serve"]
