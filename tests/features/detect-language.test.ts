import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/features/detect-language.js";
import { builtinPacks } from "../../src/rules/index.js";

const detect = (text: string) => detectLanguage(text, builtinPacks);

describe("detectLanguage", () => {
  it("tells Latin-script languages apart by their stop words", () => {
    expect(detect("The council said that it would not close the bridge in the winter.")).toBe("en");
    expect(
      detect("Der Rat sagte, dass die Brücke im Winter nicht geschlossen wird und das ist gut."),
    ).toBe("de");
    expect(
      detect("Le conseil a dit que le pont ne sera pas fermé pour les vacances et la fête."),
    ).toBe("fr");
    expect(
      detect("El consejo dijo que el puente no se cerrará en el invierno y que los vecinos."),
    ).toBe("es");
    expect(
      detect("Rada powiedziała, że most nie zostanie zamknięty w zimie, ale to jest dla nas."),
    ).toBe("pl");
  });

  it("decides by script where one language owns it", () => {
    expect(detect("Совет заявил, что мост не будет закрыт зимой и это хорошо.")).toBe("ru");
    expect(detect("Το συμβούλιο είπε ότι η γέφυρα δεν θα κλείσει τον χειμώνα.")).toBe("el");
    expect(detect("市议会表示，这座桥冬季不会关闭。")).toBe("zh");
  });

  it("counts words joined by an apostrophe as one word", () => {
    // "it" is an English stop word; "it's" (not in the list) must not count as "it" + "s".
    expect(detect("it's it's it's it's Boston Harbor")).toBeNull();
    expect(detect("it it it Boston Harbor")).toBe("en");
  });

  it("gives up on text without letters or with too few stop words", () => {
    expect(detect("12345 — 678")).toBeNull();
    expect(detect("Boston Harbor Marathon")).toBeNull();
  });
});
