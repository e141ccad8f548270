-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bucket" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "requestId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "modelId" TEXT,
    "variant" TEXT,
    "lineIndex" INTEGER NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "ok" BOOLEAN,
    "verdict" JSONB,
    "diagnosisId" TEXT,
    "hintLevel" INTEGER,
    "skills" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Event_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "PracticeSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("actor", "createdAt", "diagnosisId", "hintLevel", "id", "lineIndex", "modelId", "ok", "requestId", "seq", "sessionId", "text", "type", "variant", "verdict") SELECT "actor", "createdAt", "diagnosisId", "hintLevel", "id", "lineIndex", "modelId", "ok", "requestId", "seq", "sessionId", "text", "type", "variant", "verdict" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE INDEX "Event_sessionId_createdAt_idx" ON "Event"("sessionId", "createdAt");
CREATE UNIQUE INDEX "Event_sessionId_seq_key" ON "Event"("sessionId", "seq");
CREATE UNIQUE INDEX "Event_sessionId_requestId_key" ON "Event"("sessionId", "requestId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RateLimitHit_bucket_key_createdAt_idx" ON "RateLimitHit"("bucket", "key", "createdAt");

