# The API and the worker share one image; the command picks the process (docker-compose.yml).

# The web UI, bundled by Vite with the development dependencies, which the image itself leaves out.
FROM node:24-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY web ./web
COPY api ./api
COPY app ./app
COPY domain ./domain
COPY infra ./infra
COPY db ./db
COPY workflows ./workflows
COPY activities ./activities
COPY scripts ./scripts
RUN node scripts/build-web.ts

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# The install step's tools (Node 24, Temporal dev binaries) are for development machines, not this image.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
# The worker converts case documents to PDF with LibreOffice (Writer for documents, Draw for images).
RUN apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-draw-nogui \
  && rm -rf /var/lib/apt/lists/*
# What the API, the worker and the migration load (their imports), and the built web UI.
COPY domain ./domain
COPY workflows ./workflows
COPY activities ./activities
COPY app ./app
COPY infra ./infra
COPY db ./db
COPY api ./api
COPY scripts/migrate.ts ./scripts/migrate.ts
COPY worker.ts tsconfig.json ./
COPY --from=web /app/dist/web ./dist/web
USER node
EXPOSE 3000
CMD ["node", "api/main.ts"]
