// A module imported only for its effects (import-for-effects): it registers itself when it runs.
import { effectsSeen } from "./registry-of-effects";

effectsSeen.push("setup ran");
