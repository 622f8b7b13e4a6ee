/**
 * What JSON.stringify prints in the whole program, found once per program: the type parameters,
 * parameters and fields whose values reach a JSON.stringify, followed along calls and the links
 * (json-printing-links.ts) until nothing more is found. (json-printed-values.ts tells why.)
 */
import { CallExpression, NewExpression, Node, ParameterDeclaration, ts, Type } from "ts-morph";
import type { TransformContext } from "../context";
import { holdsTypeParameter } from "./type-parts";
import { calledDeclaration, carriedParameters, heldTypeParameters, isOpaque, parameterFor } from "./json-carried-values";
import { heritageLinks, type HeritageLink, type ParameterLink, parameterLinks, type Store, storesInto, valueLinks } from "./json-printing-links";

/** What JSON.stringify prints, program-wide: type parameters (their compiler types) and parameters (their compiler nodes). */
export interface Printed {
  typeParameters: Set<ts.Type>;
  parameters: Set<ts.Node>;
  /** Properties whose values are printed: what is stored in them is too. */
  properties: Set<ts.Node>;
  /** The stores each node makes (`o.p = v`, `list.push(v)`, `return v`), found once for the program and read again by the report. */
  storesAt: Map<ts.Node, Store[]>;
}

const printedByProgram = new WeakMap<ts.Program, Printed>();

/** The value `JSON.stringify(value)` prints, or undefined for any other call. */
function printedArgument(node: CallExpression, context: TransformContext): Node | undefined {
  const callee = node.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== "stringify" || callee.getExpression().getText() !== "JSON") {
    return undefined;
  }
  const declaration = callee.getSymbol()?.getDeclarations()[0];
  return declaration !== undefined && context.isStandardLibrary(declaration) ? node.getArguments()[0] : undefined;
}

/** Whether a parameter, so declared, has its values printed. */
export function isPrintedParameter(parameter: ParameterDeclaration, declared: Type, printed: Printed): boolean {
  return printed.parameters.has(parameter.compilerNode) || holdsTypeParameter(declared, printed.typeParameters, 0);
}

export function printedOfProgram(node: Node, context: TransformContext): Printed {
  const program = node.getProject().getProgram().compilerObject;
  let printed = printedByProgram.get(program);
  if (printed !== undefined) {
    return printed;
  }
  printed = { typeParameters: new Set(), parameters: new Set(), properties: new Set(), storesAt: new Map() };
  printedByProgram.set(program, printed);
  const calls: { call: CallExpression | NewExpression; declaration: Node }[] = [];
  // Each adds what was not printed yet, and says whether it did (the fixpoint below goes on until nothing is added).
  const addAll = <T>(into: Set<T>, items: Iterable<T>): boolean => {
    const before = into.size;
    for (const item of items) {
      into.add(item);
    }
    return into.size > before;
  };
  const addTypeParametersOf = (type: Type, at: Node): boolean =>
    addAll(
      printed!.typeParameters,
      heldTypeParameters(type, at).map((typeParameter) => typeParameter.getType().compilerType),
    );
  const addParameters = (parameters: Iterable<ParameterDeclaration>): boolean =>
    addAll(
      printed!.parameters,
      [...parameters].filter(isOpaque).map((parameter) => parameter.compilerNode),
    );
  // A printed value: the type parameters its type holds, the parameters and fields it carries.
  const markPrinted = (value: Node): boolean => {
    const properties = new Set<Node>();
    const parameters = carriedParameters(value, context, new Set(), 0, properties);
    const added = [
      addTypeParametersOf(value.getType(), value),
      addParameters(parameters),
      addAll(
        printed!.properties,
        [...properties].map((property) => property.compilerNode),
      ),
    ];
    return added.some((each) => each);
  };
  // A parameter that takes what another printed parameter takes: itself if its type hides what it
  // is, and the type parameters its type holds.
  const markParameter = (parameter: ParameterDeclaration): boolean => {
    const added = [addTypeParametersOf(parameter.getType(), parameter), addParameters([parameter])];
    return added.some((each) => each);
  };
  const links: ParameterLink[] = [];
  const heritage: HeritageLink[] = [];
  for (const sourceFile of node.getProject().getSourceFiles()) {
    if (sourceFile.isDeclarationFile() || sourceFile.isInNodeModules()) {
      continue;
    }
    sourceFile.forEachDescendant((descendant) => {
      links.push(...parameterLinks(descendant), ...valueLinks(descendant, context));
      const stores = storesInto(descendant, context);
      if (stores.length > 0) {
        printed!.storesAt.set(descendant.compilerNode, stores);
      }
      heritage.push(...heritageLinks(descendant));
      if (Node.isCallExpression(descendant)) {
        const value = printedArgument(descendant, context);
        if (value !== undefined) {
          markPrinted(value);
          return;
        }
      }
      if (Node.isCallExpression(descendant) || Node.isNewExpression(descendant)) {
        const declaration = calledDeclaration(descendant, context);
        if (declaration !== undefined) {
          calls.push({ call: descendant, declaration });
        }
      }
    });
  }
  const stores = [...printed.storesAt.values()].flat();
  // A call that gives a printed parameter what its caller holds prints that too: until nothing more is found.
  for (let changed = true; changed;) {
    changed = false;
    for (const { call, declaration } of calls) {
      (call.getArguments() as Node[]).forEach((argument, index) => {
        const target = parameterFor(declaration, index);
        if (target !== undefined && isPrintedParameter(target.parameter, target.declared, printed!) && markPrinted(argument)) {
          changed = true;
        }
      });
    }
    for (const { from, to } of links) {
      if (isPrintedParameter(from, from.getType(), printed) && markParameter(to)) {
        changed = true;
      }
    }
    for (const { properties, value } of stores) {
      if (properties.some((property) => printed.properties.has(property.compilerNode)) && markPrinted(value)) {
        changed = true;
      }
    }
    for (const { given, typeParameter } of heritage) {
      const type = typeParameter.getType().compilerType;
      if (!printed.typeParameters.has(type) && holdsTypeParameter(given.getType(), printed.typeParameters, 0)) {
        printed.typeParameters.add(type);
        changed = true;
      }
    }
  }
  return printed;
}
