/**
 * What JSON.stringify prints in the whole program, found once per program: the type parameters,
 * parameters and fields whose values reach a JSON.stringify, followed along calls and the links
 * (json-printing-links.ts) until nothing more is found. (json-printed-values.ts tells why.)
 */
import { CallExpression, NewExpression, Node, ParameterDeclaration, ts, Type } from "ts-morph";
import { nodesOfFile } from "./file-nodes";
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
  const addTypeParametersOf = (type: Type, at: Node): void => {
    for (const typeParameter of heldTypeParameters(type, at)) {
      printed!.typeParameters.add(typeParameter.getType().compilerType);
    }
  };
  const addParameters = (parameters: Iterable<ParameterDeclaration>): void => {
    for (const parameter of parameters) {
      if (isOpaque(parameter)) {
        printed!.parameters.add(parameter.compilerNode);
      }
    }
  };
  // A printed value: the type parameters its type holds, the parameters and fields it carries.
  const markPrinted = (value: Node): void => {
    const properties = new Set<Node>();
    addParameters(carriedParameters(value, context, new Set(), 0, properties));
    addTypeParametersOf(value.getType(), value);
    for (const property of properties) {
      printed!.properties.add(property.compilerNode);
    }
  };
  // A parameter that takes what another printed parameter takes: itself if its type hides what it
  // is, and the type parameters its type holds.
  const markParameter = (parameter: ParameterDeclaration): void => {
    addTypeParametersOf(parameter.getType(), parameter);
    addParameters([parameter]);
  };
  const links: ParameterLink[] = [];
  const heritage: HeritageLink[] = [];
  for (const sourceFile of node.getProject().getSourceFiles()) {
    if (sourceFile.isDeclarationFile() || sourceFile.isInNodeModules()) {
      continue;
    }
    nodesOfFile(sourceFile).forEach((descendant) => {
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
  // A call that gives a printed parameter what its caller holds prints that too: until nothing more
  // is found. Each argument, link and store is marked once, when its parameter or property is first
  // printed (what it marks depends on it alone): a round looks only at what the round before added,
  // and at everything not marked yet when a type parameter was added (a parameter's declared type
  // may hold it). A chain of 1,000 functions passing a value on took 8.3 s, rounds re-marking all.
  const given = calls.flatMap(({ call, declaration }) =>
    (call.getArguments() as Node[]).flatMap((argument, index) => {
      const target = parameterFor(declaration, index);
      return target === undefined ? [] : [{ argument, ...target }];
    }),
  );
  const byParameter = <T>(items: T[], parameterOf: (item: T) => ParameterDeclaration): Map<ts.Node, T[]> => {
    const index = new Map<ts.Node, T[]>();
    for (const item of items) {
      const key = parameterOf(item).compilerNode;
      index.set(key, [...(index.get(key) ?? []), item]);
    }
    return index;
  };
  const givenTo = byParameter(given, (item) => item.parameter);
  const linksFrom = byParameter(links, (link) => link.from);
  const storesIn = new Map<ts.Node, Store[]>();
  for (const store of [...printed.storesAt.values()].flat()) {
    for (const property of store.properties) {
      storesIn.set(property.compilerNode, [...(storesIn.get(property.compilerNode) ?? []), store]);
    }
  }
  const marked = new Set<object>();
  let parametersSeen = 0;
  let propertiesSeen = 0;
  let typeParametersSeen = -1;
  for (;;) {
    const newParameters = [...printed.parameters].slice(parametersSeen);
    const newProperties = [...printed.properties].slice(propertiesSeen);
    const typeParametersAdded = printed.typeParameters.size !== typeParametersSeen;
    if (newParameters.length === 0 && newProperties.length === 0 && !typeParametersAdded) {
      break;
    }
    parametersSeen = printed.parameters.size;
    propertiesSeen = printed.properties.size;
    typeParametersSeen = printed.typeParameters.size;
    const arguments_ = typeParametersAdded ? given : newParameters.flatMap((parameter) => givenTo.get(parameter) ?? []);
    for (const item of arguments_) {
      if (!marked.has(item) && isPrintedParameter(item.parameter, item.declared, printed)) {
        marked.add(item);
        markPrinted(item.argument);
      }
    }
    for (const link of typeParametersAdded ? links : newParameters.flatMap((parameter) => linksFrom.get(parameter) ?? [])) {
      if (!marked.has(link) && isPrintedParameter(link.from, link.from.getType(), printed)) {
        marked.add(link);
        markParameter(link.to);
      }
    }
    for (const store of newProperties.flatMap((property) => storesIn.get(property) ?? [])) {
      if (!marked.has(store)) {
        marked.add(store);
        markPrinted(store.value);
      }
    }
    if (typeParametersAdded) {
      for (const { given: type, typeParameter } of heritage) {
        if (holdsTypeParameter(type.getType(), printed.typeParameters, 0)) {
          printed.typeParameters.add(typeParameter.getType().compilerType);
        }
      }
    }
  }
  return printed;
}
