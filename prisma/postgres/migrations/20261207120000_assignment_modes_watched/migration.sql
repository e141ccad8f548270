-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "otherModes" BOOLEAN NOT NULL DEFAULT false;

-- A session the student watched was stored as "solved": it is "watched".
UPDATE "PracticeSession" SET "status" = 'watched' WHERE "mode" IN ('watch', 'compare') AND "status" = 'solved';
