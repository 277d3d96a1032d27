# syntax=docker/dockerfile:1
# DigestBot in one container: `serve` by default, SQLite in the /data volume, seeds baked in, non-root, HEALTHCHECK
# through the app's own `health` command. Build: podman build --pull=never --format docker -t digestbot .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet restore src/DigestBot/DigestBot.csproj
RUN dotnet publish src/DigestBot/DigestBot.csproj -c Release --no-restore -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# Where the articles indexed at start live; override with --build-arg SEEDS_DIR=... or mount your own folder
# and point Ingestion__Folders__0 at it.
ARG SEEDS_DIR=/app/seeds
WORKDIR /app
COPY --from=build /app ./
COPY seeds/ ${SEEDS_DIR}/
# The repository's appsettings.json is for `dotnet run` (it pins Urls to 127.0.0.1:5080); in the container the
# defaults come from these variables, so ASPNETCORE_HTTP_PORTS decides the port.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_gcServer=0 \
    Storage__Sqlite__Path=/data/digestbot.db \
    Ingestion__Folders__0=${SEEDS_DIR} \
    Discord__StateDirectory=/data \
    Logging__LogLevel__Default=Information \
    Logging__LogLevel__Microsoft.AspNetCore=Warning \
    Host__ShutdownTimeout=00:00:08
RUN mkdir -p /data && chown app:app /data
VOLUME ["/data"]
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "/app/DigestBot.dll", "health"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "/app/DigestBot.dll"]
CMD ["serve"]
