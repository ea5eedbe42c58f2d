# The API, built from source and run on the ASP.NET Core runtime.
#   docker build -t networkgraph-api .        (docker compose up builds it too)

# Node.js for the build: the workbench's npm packages are installed by the build ('npm ci' in web/).
FROM node:22-bookworm-slim AS node

FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
    && node --version && npm --version
WORKDIR /source

# Restore first, from the project files only, so that a change of code does not download the packages again.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/NetworkGraph.Core/NetworkGraph.Core.csproj src/NetworkGraph.Core/
COPY src/NetworkGraph.Store.Sqlite/NetworkGraph.Store.Sqlite.csproj src/NetworkGraph.Store.Sqlite/
COPY src/NetworkGraph.Store.Neo4j/NetworkGraph.Store.Neo4j.csproj src/NetworkGraph.Store.Neo4j/
COPY src/NetworkGraph.Api/NetworkGraph.Api.csproj src/NetworkGraph.Api/
RUN dotnet restore src/NetworkGraph.Api/NetworkGraph.Api.csproj

COPY web/ web/
COPY seed/ seed/
COPY schema/ schema/
COPY src/ src/
RUN dotnet publish src/NetworkGraph.Api/NetworkGraph.Api.csproj --no-restore -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble AS runtime
# Globalization is not invariant: search folds accents and compares names with ICU.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libicu74 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# Where a SQLite store would live (Store:Provider=Sqlite); the compose file runs on Neo4j instead.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
ENV ASPNETCORE_ENVIRONMENT=Production \
    Urls=http://+:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "NetworkGraph.Api.dll"]
