import type { ModelPurpose } from "../db/model-calls";
import type { ModelMode } from "../practice/modes";

/** What a model run is for, by mode: the call log counts runs by it. */
export const PURPOSE: Record<ModelMode, ModelPurpose> = { watch: "watch", turns: "turn", spot: "spot", compare: "compare" };
