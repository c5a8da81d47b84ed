# The API and the worker share one image; the command picks the process.
FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# The install step's tools (Node 24, Temporal dev binaries) are for development machines, not this image.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
# The worker converts case documents to PDF with LibreOffice (Writer for documents, Draw for images).
RUN apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-draw-nogui \
  && rm -rf /var/lib/apt/lists/*
COPY domain ./domain
COPY workflows ./workflows
COPY activities ./activities
COPY db ./db
COPY api ./api
COPY web ./web
COPY scripts/migrate.ts ./scripts/migrate.ts
COPY worker.ts tsconfig.json ./
USER node
EXPOSE 3000
CMD ["node", "api/main.ts"]
