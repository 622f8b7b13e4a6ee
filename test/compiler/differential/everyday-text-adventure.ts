// An everyday program as a new user writes it: a text adventure (rooms in a Map, commands parsed with
// split and a switch with grouped cases and an early break, a Set inventory, a discriminated union of
// events, an abstract base with a static id counter and toString, JSON save and load).
type Direction = "north" | "south" | "east" | "west";

interface Room {
  id: string;
  description: string;
  exits: Partial<Record<Direction, string>>;
  items: string[];
  locked?: { by: string; direction: Direction };
}

type GameEvent =
  { type: "moved"; from: string; to: string } | { type: "took"; item: string } | { type: "blocked"; reason: string } | { type: "unknown"; input: string };

abstract class Entity {
  private static nextId = 1;
  readonly id: number;
  constructor(readonly name: string) {
    this.id = Entity.nextId++;
  }
  abstract describe(): string;
  abstract kind(): string;
  toString(): string {
    return `${this.kind()}#${this.id}(${this.name})`;
  }
}

class Player extends Entity {
  location: string;
  readonly inventory = new Set<string>();
  moves = 0;
  constructor(name: string, start: string) {
    super(name);
    this.location = start;
  }
  kind(): string {
    return "Player";
  }
  describe(): string {
    const items = [...this.inventory].sort();
    return `${this.name} in ${this.location} carrying ${items.length ? items.join(", ") : "nothing"}`;
  }
}

class World {
  private rooms = new Map<string, Room>();
  readonly log: GameEvent[] = [];

  constructor(rooms: Room[]) {
    for (const room of rooms) this.rooms.set(room.id, structuredCloneRoom(room));
  }

  room(id: string): Room {
    const room = this.rooms.get(id);
    if (!room) throw new Error(`no room ${id}`);
    return room;
  }

  handle(player: Player, input: string): GameEvent {
    const [verb = "", ...rest] = input.trim().toLowerCase().split(/\s+/);
    const object = rest.join(" ");
    let event: GameEvent;
    switch (verb) {
      case "go":
      case "move": {
        const here = this.room(player.location);
        const direction = object as Direction;
        const target = here.exits[direction];
        if (!target) {
          event = { type: "blocked", reason: `no exit ${object || "(none)"}` };
        } else if (here.locked?.direction === direction && !player.inventory.has(here.locked.by)) {
          event = { type: "blocked", reason: `the way ${direction} is locked` };
        } else {
          event = { type: "moved", from: here.id, to: target };
          player.location = target;
          player.moves++;
        }
        break;
      }
      case "take":
      case "get": {
        const here = this.room(player.location);
        const index = here.items.indexOf(object);
        if (index === -1) {
          event = { type: "blocked", reason: `no ${object} here` };
          break;
        }
        here.items.splice(index, 1);
        player.inventory.add(object);
        event = { type: "took", item: object };
        break;
      }
      default:
        event = { type: "unknown", input };
    }
    this.log.push(event);
    return event;
  }

  save(player: Player): string {
    return JSON.stringify({
      player: { name: player.name, location: player.location, inventory: [...player.inventory], moves: player.moves },
      rooms: Object.fromEntries([...this.rooms].map(([id, room]) => [id, room.items])),
    });
  }
}

function structuredCloneRoom(room: Room): Room {
  return { ...room, exits: { ...room.exits }, items: [...room.items], ...(room.locked ? { locked: { ...room.locked } } : {}) };
}

function narrate(event: GameEvent): string {
  switch (event.type) {
    case "moved":
      return `You walk from the ${event.from} to the ${event.to}.`;
    case "took":
      return `Taken: ${event.item}.`;
    case "blocked":
      return `You can't: ${event.reason}.`;
    case "unknown":
      return `I don't understand "${event.input}".`;
  }
}

const rooms: Room[] = [
  { id: "hall", description: "A dusty hall", exits: { north: "library", east: "kitchen" }, items: ["lamp"], locked: { by: "key", direction: "north" } },
  { id: "kitchen", description: "A cold kitchen", exits: { west: "hall" }, items: ["key", "bread"] },
  { id: "library", description: "Shelves of books", exits: { south: "hall" }, items: ["old book"] },
];

export function testPlaythrough(): unknown {
  const world = new World(rooms);
  const player = new Player("Ada", "hall");
  const script = ["go north", "take lamp", "GO east", "take key", "take sword", "go west", "go north", "get old book", "dance", "go up"];
  const story = script.map((line) => narrate(world.handle(player, line)));
  const counts = world.log.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.type]: (acc[e.type] ?? 0) + 1 }), {});
  return { story, player: player.describe(), text: `${player}`, moves: player.moves, counts, original: rooms[0]?.items };
}

export function testSaveAndLoad(): unknown {
  const world = new World(rooms);
  const player = new Player("Bo", "hall");
  ["go east", "take bread"].forEach((line) => world.handle(player, line));
  const saved = world.save(player);
  const data = JSON.parse(saved) as { player: { inventory: string[]; moves: number }; rooms: Record<string, string[]> };
  let broken = "";
  try {
    JSON.parse(saved.slice(0, 20));
  } catch (error) {
    broken = error instanceof SyntaxError ? "syntax error" : "other";
  }
  return { length: saved.length, inventory: data.player.inventory, kitchen: data.rooms["kitchen"], broken, id: String(player).startsWith("Player#") };
}
