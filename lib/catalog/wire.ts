import type { Product, ProductVariant } from './types';

// A product as the background's stored search index keeps it (index-snapshot.ts): one JSON text of
// arrays instead of objects. The property names were a quarter of the bytes at 50,000 products, and
// one short text per product lets a loaded index decode only the products a search ranks. Absent
// optional fields stay absent after decoding, so a product round-trips to an equal object.

type WireVariant = [sku: string, name: string, price: number, stock: number | null];
type WireProduct = [
  sku: string,
  name: string,
  price: number,
  stock: number | null,
  variants: WireVariant[],
  category: string | null,
  description: string | null,
  tags: string[] | null,
  url: string | null,
  weight: number | null,
];

export function encodeProduct(p: Product): string {
  const wire: WireProduct = [
    p.sku,
    p.name,
    p.price,
    p.stock,
    p.variants.map((v): WireVariant => [v.sku, v.name, v.price, v.stock]),
    p.category ?? null,
    p.description ?? null,
    p.tags ?? null,
    p.url ?? null,
    p.weight ?? null,
  ];
  return JSON.stringify(wire);
}

export function decodeProduct(text: string): Product {
  const [sku, name, price, stock, variants, category, description, tags, url, weight] = JSON.parse(
    text,
  ) as WireProduct;
  const product: Product = {
    sku,
    name,
    price,
    stock,
    variants: variants.map(
      ([vSku, vName, vPrice, vStock]): ProductVariant => ({
        sku: vSku,
        name: vName,
        price: vPrice,
        stock: vStock,
      }),
    ),
  };
  if (category !== null) product.category = category;
  if (description !== null) product.description = description;
  if (tags !== null) product.tags = tags;
  if (url !== null) product.url = url;
  if (weight !== null) product.weight = weight;
  return product;
}
